import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { companyProfileInputSchema } from './company-profile';
import type { EmulatorState } from './emulator-state';
import { QboFault } from './fault-shapes';
import { createInvoice } from './invoices';
import { createItem } from './items';
import type { JsonObject } from './json-types';
import { mergeCustomers } from './merge';
import { createNameEntity } from './name-lists';
import type { OperationContext } from './operation-context';
import { renderEntity } from './render';
import type { Realm } from './store';

const objects = z.array(z.record(z.string(), z.unknown())).optional();
const seedSchema = z.object({ customers: objects, vendors: objects, employees: objects, items: objects, invoices: objects }).strict();
const createRealmSchema = companyProfileInputSchema.extend({ companyName: z.string().max(100).optional(), clientId: z.string().min(1).optional() }).strict();
const mergeSchema = z.object({ loserId: z.coerce.string().min(1), keeperId: z.coerce.string().min(1) }).strict();

const rightsSchema = z.object({ withdrawn: z.boolean(), clientId: z.string().min(1).optional() }).strict();

type RealmParams = { realmId: string };

function badRequest(reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof z.ZodError) return reply.code(400).send({ error: 'invalid_request', issues: error.issues });
  if (error instanceof QboFault) return reply.code(error.status).send(error.toBody(new Date().toISOString()));
  throw error;
}

/** Administration, no auth: a shortcut past OAuth, seeding, merges, faults, config and the request log. */
export function registerAdminRoutes(app: FastifyInstance, state: EmulatorState): void {
  const realmOr404 = (realmId: string, reply: FastifyReply): Realm | undefined => {
    const realm = state.store.get(realmId);
    if (!realm) void reply.code(404).send({ error: 'unknown_realm', realmId });
    return realm;
  };

  app.get('/_emulator/health', () => ({ ok: true }));

  app.get('/_emulator/config', () => state.config);

  app.put('/_emulator/config', (request, reply) => {
    try {
      return state.updateConfig(request.body ?? {});
    } catch (error: unknown) {
      return badRequest(reply, error);
    }
  });

  app.post('/_emulator/reset', () => {
    state.reset();
    return { ok: true };
  });

  app.get('/_emulator/realms', () => state.store.all().map((r) => ({ realmId: r.id, companyName: r.companyName })));

  app.post('/_emulator/realms', (request, reply) => {
    try {
      const body = createRealmSchema.parse(request.body ?? {});
      const { companyName, clientId, ...profile } = body;
      const realm = state.createCompany(companyName, profile);
      const tokens = state.tokens.connect(realm.id, clientId ?? null, state.config);
      return reply.code(201).send({
        realmId: realm.id,
        companyName: realm.companyName,
        accessToken: tokens.access_token,
        refreshToken: tokens.refresh_token,
        expiresIn: tokens.expires_in,
        refreshTokenExpiresIn: tokens.x_refresh_token_expires_in,
      });
    } catch (error: unknown) {
      return badRequest(reply, error);
    }
  });

  app.post<{ Params: RealmParams }>('/_emulator/realms/:realmId/seed', (request, reply) => {
    const realm = realmOr404(request.params.realmId, reply);
    if (!realm) return reply;
    const created: Record<string, JsonObject[]> = { customers: [], vendors: [], employees: [], items: [], invoices: [] };
    try {
      const body = seedSchema.parse(request.body ?? {});
      // Seeding bypasses limits and sends no webhooks, but every business rule (name uniqueness...) holds.
      const ctx: OperationContext = { ...state.context(realm), emit: () => undefined };
      const steps: [keyof typeof body, (data: JsonObject) => JsonObject][] = [
        ['items', (d) => renderEntity(realm, createItem(ctx, d, { seeding: true }))],
        ['customers', (d) => renderEntity(realm, createNameEntity(ctx, 'Customer', d))],
        ['vendors', (d) => renderEntity(realm, createNameEntity(ctx, 'Vendor', d))],
        ['employees', (d) => renderEntity(realm, createNameEntity(ctx, 'Employee', d))],
        ['invoices', (d) => renderEntity(realm, createInvoice(ctx, d, { allowDuplicateDocNumber: false }))],
      ];
      for (const [key, create] of steps) {
        for (const data of body[key] ?? []) created[key]?.push(create(data as JsonObject));
      }
      return created;
    } catch (error: unknown) {
      if (error instanceof QboFault) return reply.code(error.status).send({ ...error.toBody(new Date().toISOString()), created });
      return badRequest(reply, error);
    }
  });

  app.post<{ Params: RealmParams }>('/_emulator/realms/:realmId/merge', (request, reply) => {
    const realm = realmOr404(request.params.realmId, reply);
    if (!realm) return reply;
    try {
      const body = mergeSchema.parse(request.body ?? {});
      return mergeCustomers(state.context(realm), body.loserId, body.keeperId);
    } catch (error: unknown) {
      return badRequest(reply, error);
    }
  });

  app.get<{ Params: RealmParams }>('/_emulator/realms/:realmId/faults', (request, reply) => {
    const realm = realmOr404(request.params.realmId, reply);
    if (!realm) return reply;
    return state.faults.view(realm.id);
  });

  app.put<{ Params: RealmParams }>('/_emulator/realms/:realmId/faults', (request, reply) => {
    const realm = realmOr404(request.params.realmId, reply);
    if (!realm) return reply;
    try {
      return state.faults.set(realm.id, request.body ?? {});
    } catch (error: unknown) {
      return badRequest(reply, error);
    }
  });

  app.get<{ Params: RealmParams }>('/_emulator/realms/:realmId/requests', (request, reply) => {
    const realm = realmOr404(request.params.realmId, reply);
    if (!realm) return reply;
    return state.requestLog.list(realm.id);
  });

  app.post<{ Params: RealmParams }>('/_emulator/realms/:realmId/tokens/expire', (request, reply) => {
    const realm = realmOr404(request.params.realmId, reply);
    if (!realm) return reply;
    return { expired: state.tokens.expireAccessTokens(realm.id) };
  });

  app.put<{ Params: RealmParams }>('/_emulator/realms/:realmId/rights', (request, reply) => {
    const realm = realmOr404(request.params.realmId, reply);
    if (!realm) return reply;
    const parsed = rightsSchema.safeParse(request.body ?? {});
    if (!parsed.success) return badRequest(reply, parsed.error);
    state.tokens.setRightsWithdrawn(realm.id, parsed.data.clientId ?? null, parsed.data.withdrawn);
    return { realmId: realm.id, clientId: parsed.data.clientId ?? null, withdrawn: parsed.data.withdrawn };
  });

  app.get('/_emulator/webhooks', () => state.webhooks.list());
}
