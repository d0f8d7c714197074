// The errors the Direct Line routes answer with, in the wire shape clients expect: {"error": {"code", "message"}}.

export type DirectLineErrorCode =
  | 'BadArgument'
  | 'MissingToken'
  | 'BadToken'
  | 'TokenExpired'
  | 'Forbidden'
  | 'NotFound'
  | 'MessageSizeTooBig'
  | 'UnsupportedMediaType'
  | 'TooManyRequests'
  | 'ConversationEnded'
  | 'ServiceError';

export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    readonly code: DirectLineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DirectLineError';
  }

  toBody(): { error: { code: DirectLineErrorCode; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}
