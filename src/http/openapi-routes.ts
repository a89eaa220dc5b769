import { FastifyInstance } from 'fastify';
import { RouteModule } from './admin-server';

type Json = Record<string, unknown>;

const error = (description: string): Json => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const json = (description: string, schema: Json): Json => ({ description, content: { 'application/json': { schema } } });
const tenantParam: Json = { name: 'tenantId', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 100 } };
const authErrors: Json = { '401': error('Missing or wrong bearer token') };

/**
 * The OpenAPI 3.1 document of every /api route of the worker, including the ones other parts
 * register (the invoices part's status, the customers part's review and duplicates routes).
 */
export const OPENAPI_DOCUMENT: Json = {
  openapi: '3.1.0',
  info: {
    title: 'qbo-sync admin API',
    version: '1.0.0',
    description:
      'Operators\' API of the qbo-sync worker, served on its HTTP port. Every /api route needs `Authorization: Bearer <ADMIN_API_TOKEN>`. ' +
      'The tenant settings page (GET /tenants/{tenantId}) is reached with a signed link instead (see docs/connect.md).',
  },
  security: [{ bearer: [] }],
  paths: {
    '/api/openapi.json': { get: { summary: 'This document', responses: { '200': json('The OpenAPI document', { type: 'object' }), ...authErrors } } },
    '/api/tenants': {
      get: {
        summary: 'List tenants and their settings',
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
          { name: 'after', in: 'query', description: 'The `next` of the previous page', schema: { type: 'string' } },
        ],
        responses: {
          '200': json('A page of tenants', {
            type: 'object',
            required: ['tenants', 'next'],
            properties: { tenants: { type: 'array', items: { $ref: '#/components/schemas/TenantSettings' } }, next: { type: ['string', 'null'] } },
          }),
          '400': error('Bad limit'),
          ...authErrors,
        },
      },
    },
    '/api/tenants/{tenantId}': {
      parameters: [tenantParam],
      get: {
        summary: 'A tenant: settings, connection, next window',
        responses: { '200': json('The tenant', { $ref: '#/components/schemas/TenantOverview' }), '404': error('Unknown tenant'), ...authErrors },
      },
      patch: {
        summary: 'Change settings (fields left out stay as they are); creates the tenant when unknown',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/SettingsChange' } } } },
        responses: {
          '200': json('Changed', { $ref: '#/components/schemas/TenantSettings' }),
          '201': json('Created', { $ref: '#/components/schemas/TenantSettings' }),
          '400': error('A bad value or an unknown field; `problems` names each field'),
          ...authErrors,
        },
      },
    },
    '/api/tenants/{tenantId}/connect': {
      parameters: [tenantParam],
      post: {
        summary: "Start connecting a QuickBooks company: Intuit's authorize URL with a single-use state bound to the tenant",
        responses: {
          '200': json('Open authorizeUrl in a browser; Intuit redirects to QBO_REDIRECT_URI', {
            type: 'object',
            required: ['authorizeUrl', 'expiresAt'],
            properties: { authorizeUrl: { type: 'string', format: 'uri' }, expiresAt: { type: 'string', format: 'date-time' } },
          }),
          '404': error('Unknown tenant'),
          ...authErrors,
        },
      },
    },
    '/api/tenants/{tenantId}/disconnect': {
      parameters: [tenantParam],
      post: {
        summary: "Revoke the company's tokens at Intuit and mark the connection disconnected",
        responses: {
          '200': json('Disconnected', {
            type: 'object',
            properties: { status: { const: 'disconnected' }, revoked: { type: 'boolean' }, alreadyDisconnected: { type: 'boolean' } },
          }),
          '404': error('No connection'),
          '502': error('Intuit could not be reached; still connected, try again'),
          ...authErrors,
        },
      },
    },
    '/api/tenants/{tenantId}/link': {
      parameters: [tenantParam],
      post: {
        summary: "A signed, expiring link to the tenant's settings page",
        requestBody: { required: false, content: { 'application/json': { schema: { type: 'object', properties: { ttlHours: { type: 'number', exclusiveMinimum: 0, maximum: 8784 } } } } } },
        responses: {
          '200': json('The link', { type: 'object', properties: { url: { type: 'string', format: 'uri' }, expiresAt: { type: 'string', format: 'date-time' } } }),
          '404': error('Unknown tenant'),
          '409': error('TENANT_LINK_SECRET is not set'),
          ...authErrors,
        },
      },
    },
    // --- routes of the invoices part (src/invoices/invoice-status-routes.ts) ---
    '/api/tenants/{tenantId}/status': {
      parameters: [tenantParam],
      get: {
        summary: "The tenant's sync status: connection, pending / waiting / failed invoices with reasons, next and last window",
        description: 'Owned by the invoices part (ReadTenantStatus); the settings page shows the same data in words.',
        responses: {
          '200': json('The status', {
            type: 'object',
            required: ['tenantId', 'generatedAt', 'tenant', 'connection', 'invoices', 'schedule', 'lastWindow', 'runningWindow'],
            properties: {
              tenantId: { type: 'string' },
              generatedAt: { type: 'string', format: 'date-time' },
              tenant: { type: 'object', description: 'enabled, batchCron, timeZone, invoicesFrom, syncFrom' },
              connection: { type: 'object', description: 'status, company, realm, reason' },
              invoices: {
                type: 'object',
                description: 'pending, oldestPendingSince, readyForNextWindow, inFlight, waiting {total, reasons[]}, failed {total, invoices[{invoiceId, number, version, code, reason, since}]}, beforeSyncStartDate',
              },
              schedule: { type: 'object', description: 'cron, timeZone, nextWindow {local, utc} | null, note' },
              lastWindow: { type: ['object', 'null'], description: 'id, trigger, status, startedAt, finishedAt, pushed, updated, voided, failed, failures[], ...' },
              runningWindow: { type: ['object', 'null'] },
            },
          }),
          '400': error('Bad tenant id'),
          '404': error('Unknown tenant'),
          ...authErrors,
        },
      },
    },
    // --- routes of the customers part (src/customers/customer-routes.ts) ---
    '/api/tenants/{tenantId}/duplicates': {
      parameters: [tenantParam],
      get: {
        summary: 'Possible duplicate QuickBooks customers, each pair with its evidence and the steps to merge it in QuickBooks',
        responses: {
          '200': json('The duplicates report', {
            type: 'object',
            properties: {
              tenantId: { type: 'string' },
              generatedAt: { type: 'string', format: 'date-time' },
              pairs: {
                type: 'array',
                items: {
                  type: 'object',
                  description: 'phaseOut {qboCustomerId, displayName}, keeper {…}, score, evidence[], linkedCustomerIds[], mergeSteps[], afterwards',
                },
              },
            },
          }),
          ...authErrors,
        },
      },
    },
    '/api/tenants/{tenantId}/customers/review': {
      parameters: [tenantParam],
      get: {
        summary: 'Customers held for review (ambiguous under the review policy, or linked to an inactive QuickBooks customer) and open notices',
        responses: {
          '200': json('Customers held and notices', {
            type: 'object',
            properties: {
              tenantId: { type: 'string' },
              customers: { type: 'array', items: { type: 'object', description: 'customerId, displayName, email, reason, qboCustomerId, candidates[], waitingInvoices, since' } },
              notices: { type: 'array', items: { type: 'object', description: 'id, customerId, qboCustomerId, kind, message, createdAt' } },
            },
          }),
          ...authErrors,
        },
      },
    },
    '/api/tenants/{tenantId}/customers/{customerId}/explain': {
      parameters: [tenantParam, { name: 'customerId', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        summary: 'Why a customer is linked, held or failed: its link and the decisions taken',
        responses: { '200': json('The link and decisions', { type: 'object' }), '404': error('Unknown customer'), ...authErrors },
      },
    },
    '/api/tenants/{tenantId}/customers/{customerId}/link': {
      parameters: [tenantParam, { name: 'customerId', in: 'path', required: true, schema: { type: 'string' } }],
      post: {
        summary: 'Link a held customer to a QuickBooks customer by hand',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', required: ['qboCustomerId'], properties: { qboCustomerId: { type: 'string', pattern: '^[0-9]{1,20}$' } } } } },
        },
        responses: {
          '200': json('Linked', { type: 'object', properties: { ok: { const: true }, qboCustomerId: { type: 'string' }, message: { type: 'string' } } }),
          '400': error('Bad body'),
          '409': json('Refused', { type: 'object', properties: { ok: { const: false }, error: { type: 'string' } } }),
          '502': error('QuickBooks refused'),
          '503': error('QuickBooks unavailable; try again'),
          ...authErrors,
        },
      },
    },
    '/api/tenants/{tenantId}/customers/{customerId}/create': {
      parameters: [tenantParam, { name: 'customerId', in: 'path', required: true, schema: { type: 'string' } }],
      post: {
        summary: 'Create a held customer in QuickBooks by hand',
        responses: {
          '200': json('Created and linked', { type: 'object', properties: { ok: { const: true }, qboCustomerId: { type: 'string' }, message: { type: 'string' } } }),
          '409': json('Refused', { type: 'object', properties: { ok: { const: false }, error: { type: 'string' } } }),
          '502': error('QuickBooks refused'),
          '503': error('QuickBooks unavailable; try again'),
          ...authErrors,
        },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'ADMIN_API_TOKEN' } },
    schemas: {
      Error: {
        type: 'object',
        required: ['error', 'message'],
        properties: {
          error: { type: 'string' },
          message: { type: 'string' },
          problems: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
      SettingsChange: {
        type: 'object',
        additionalProperties: false,
        properties: {
          enabled: { type: 'boolean', description: 'The QuickBooks toggle: off = events recorded, nothing sent' },
          batchCron: { type: 'string', description: 'Five-field cron in timeZone, e.g. "0 2 * * *"' },
          timeZone: { type: 'string', description: 'IANA time zone, e.g. America/Los_Angeles' },
          invoicesFrom: { type: ['string', 'null'], format: 'date', description: 'Invoices issued before are never sent; null = the day QuickBooks was connected' },
          ambiguousPolicy: { enum: ['create', 'review'], description: 'A customer matching several QuickBooks customers: create one, or hold for review' },
          defaultItemId: { type: ['string', 'null'], pattern: '^[0-9]{1,20}$', description: 'QuickBooks Item Id for invoice lines' },
        },
      },
      TenantSettings: {
        type: 'object',
        required: ['tenantId', 'enabled', 'batchCron', 'timeZone', 'invoicesFrom', 'ambiguousPolicy', 'defaultItemId', 'createdAt', 'updatedAt'],
        properties: {
          tenantId: { type: 'string' },
          enabled: { type: 'boolean' },
          batchCron: { type: 'string' },
          timeZone: { type: 'string' },
          invoicesFrom: { type: ['string', 'null'], format: 'date' },
          ambiguousPolicy: { enum: ['create', 'review'] },
          defaultItemId: { type: ['string', 'null'] },
          createdAt: { type: 'string', format: 'date-time' },
          updatedAt: { type: 'string', format: 'date-time' },
        },
      },
      Connection: {
        type: 'object',
        properties: {
          status: { enum: ['not_connected', 'connected', 'needs_reconnect', 'disconnected'] },
          realmId: { type: ['string', 'null'] },
          companyName: { type: ['string', 'null'] },
          reason: { type: ['string', 'null'] },
          connectedAt: { type: ['string', 'null'], format: 'date-time' },
          updatedAt: { type: ['string', 'null'], format: 'date-time' },
        },
      },
      TenantOverview: {
        allOf: [
          { $ref: '#/components/schemas/TenantSettings' },
          {
            type: 'object',
            properties: { connection: { $ref: '#/components/schemas/Connection' }, nextWindow: { type: ['string', 'null'], format: 'date-time' } },
          },
        ],
      },
    },
  },
};

/** GET /api/openapi.json (behind the operators' bearer token like every /api route). */
export function openApiRoutes(): RouteModule {
  return (app: FastifyInstance) => {
    app.get('/api/openapi.json', async () => OPENAPI_DOCUMENT);
  };
}
