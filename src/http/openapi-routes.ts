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
