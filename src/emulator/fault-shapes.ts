import type { JsonObject } from './json-types';

/** One error inside an API ("Fault") body. */
export interface FaultError {
  code: string;
  message: string;
  detail: string;
  element?: string;
}

export type ApiFaultType = 'ValidationFault' | 'SystemFault' | 'QueryParserError' | 'AuthorizationFault';

/**
 * An API-level fault: thrown by the emulator's business rules and rendered as
 * {"Fault":{"Error":[{"Message","Detail","code","element"}],"type"},"time"}.
 */
export class QboFault extends Error {
  constructor(
    readonly status: number,
    readonly type: ApiFaultType,
    readonly errors: FaultError[],
  ) {
    super(errors.map((e) => `${e.code} ${e.message}: ${e.detail}`).join('; '));
  }

  get code(): string {
    return this.errors[0]?.code ?? '';
  }

  static validation(code: string, message: string, detail: string, element = ''): QboFault {
    return new QboFault(400, 'ValidationFault', [{ code, message, detail, element }]);
  }

  static queryParser(detail: string): QboFault {
    return new QboFault(400, 'QueryParserError', [
      { code: '4000', message: 'Error parsing query', detail: `QueryParserError: ${detail}`, element: '' },
    ]);
  }

  static notFound(entity: string, id: string): QboFault {
    return QboFault.validation(
      '610',
      'Object Not Found',
      `Object Not Found : Something you're trying to use has been made inactive or deleted. ${entity} Id=${id}`,
    );
  }

  /** The inner {"Error":[...],"type"} object, as used by batch items and the top-level body. */
  toFaultObject(): JsonObject {
    return {
      Error: this.errors.map((e) => ({ Message: e.message, Detail: e.detail, code: e.code, element: e.element ?? '' })),
      type: this.type,
    };
  }

  toBody(time: string): JsonObject {
    return { Fault: this.toFaultObject(), time };
  }
}

/** The gateway shape used for authentication and throttling: {"fault":{"error":[...],"type"}}. */
export function gatewayFaultBody(code: string, message: string, detail: string, type: string): JsonObject {
  return { fault: { error: [{ message, detail, code }], type } };
}

export function authenticationFailedBody(detail: string): JsonObject {
  return gatewayFaultBody('3200', 'message=AuthenticationFailed; errorCode=003200; statusCode=401', detail, 'AUTHENTICATION');
}

export function authorizationFailedBody(detail: string): JsonObject {
  return gatewayFaultBody('3100', 'message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403', detail, 'AUTHORIZATION');
}

const throttleMessage = 'message=ThrottleExceeded; errorCode=003001; statusCode=429';
const throttleDetail = 'The request limit was reached. Wait and retry.';

export function throttleJsonBody(): JsonObject {
  return gatewayFaultBody('3001', throttleMessage, throttleDetail, 'ThrottleExceeded');
}

export function throttleXmlBody(time: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="${time}">` +
    '<Fault type="ThrottleExceeded"><Error code="3001">' +
    `<Message>${throttleMessage}</Message><Detail>${throttleDetail}</Detail>` +
    '</Error></Fault></IntuitResponse>'
  );
}

/** Body of an injected 500: the API's SystemFault. 502/503 come from a proxy and are not JSON. */
export function systemFaultBody(time: string): JsonObject {
  return new QboFault(500, 'SystemFault', [
    {
      code: '10000',
      message: 'An application error has occurred while processing your request',
      detail: 'System Failure Error: An unexpected error occurred while accessing or saving your data.',
      element: '',
    },
  ]).toBody(time);
}

export function proxyErrorHtml(status: number): string {
  const title = status === 502 ? '502 Bad Gateway' : status === 504 ? '504 Gateway Time-out' : '503 Service Unavailable';
  return `<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center></body></html>`;
}
