/** role-based-email-addresses: mailbox names of positions and groups ("info", "buchhaltung", "administracion"). */
declare module 'role-based-email-addresses' {
  const roles: string[];
  export = roles;
}
