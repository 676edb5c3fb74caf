/**
 * One factory for every Twilio-shaped error the simulator sends.
 * Body shape `{code, message, more_info, status}` is what twilio-node's RestException reads
 * (FIDELITY §1 "Error body and common codes").
 */
export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

export class TwilioError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'TwilioError';
  }

  toJSON(): TwilioErrorBody {
    return {
      code: this.code,
      message: this.message,
      more_info: `https://www.twilio.com/docs/errors/${this.code}`,
      status: this.status,
    };
  }

  /** 20404: unknown or deleted SID, another account's SID, wrong path. */
  static notFound(path: string): TwilioError {
    return new TwilioError(404, 20404, `The requested resource ${path} was not found`);
  }

  /** 20003: wrong or missing credentials. Twilio's observed body says just "Authenticate". */
  static authenticate(): TwilioError {
    return new TwilioError(401, 20003, 'Authenticate', { 'WWW-Authenticate': 'Basic realm="Twilio API"' });
  }

  /** 20001 as Twilio sends it for a missing form field: "Missing required parameter X in the post body". */
  static missingParam(name: string, where: 'post body' | 'query' = 'post body'): TwilioError {
    return new TwilioError(400, 20001, `Missing required parameter ${name} in the ${where}`);
  }

  /** A parameter that is present but not acceptable; the message always names it. */
  static invalidParam(name: string, why: string, code = 20001): TwilioError {
    return new TwilioError(400, code, `Invalid parameter ${name}: ${why}`);
  }

  /** 20007: PageSize above 1000. */
  static pageSizeTooLarge(): TwilioError {
    return new TwilioError(400, 20007, 'Invalid parameter PageSize: the maximum page size is 1000');
  }

  /** A rule of the registry refused the request (state conflict, dependency missing...). */
  static rule(code: number, message: string, status = 400): TwilioError {
    return new TwilioError(status, code, message);
  }

  static methodNotAllowed(method: string, path: string): TwilioError {
    return new TwilioError(405, 20004, `Method ${method} not allowed on ${path}`);
  }
}
