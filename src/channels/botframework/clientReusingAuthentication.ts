// Bot Framework authentication that hands CloudAdapter the same connector and user-token clients turn after turn.
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';

type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;
type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** Channel endpoints are few; an Emulator may bring new ones, so the oldest client is dropped past this many. */
const MAX_CLIENTS = 100;

/** Promises are kept, so turns arriving together share one client; a failed creation is forgotten. */
class ClientCache<T> {
  private readonly clients = new Map<string, Promise<T>>();

  get(key: string, create: () => Promise<T>): Promise<T> {
    const cached = this.clients.get(key);
    if (cached) return cached;
    const created = create();
    created.catch(() => this.clients.get(key) === created && this.clients.delete(key));
    this.clients.set(key, created);
    if (this.clients.size > MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value as string);
    return created;
  }
}

/** botbuilder's own reading of whose bot a request is for: the audience claim (channels) or the appid claim (Emulator). */
function appIdOf(claims: ClaimsIdentity): string {
  return claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';
}

/**
 * CloudAdapter asks for a new connector client and a new user-token client on every activity, and each is a whole Azure
 * HTTP pipeline: about a twentieth of a turn under load. They hold nothing of the turn (credentials refresh their own
 * tokens), so one per bot, endpoint and audience serves every turn.
 */
export class ClientReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new ClientCache<ConnectorClient>();
  private readonly userTokens = new ClientCache<UserTokenClient>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory, result.claimsIdentity) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokens.get(appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private reusing(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    return { create: (serviceUrl, audience) => this.connectors.get(`${appId} ${serviceUrl} ${audience ?? ''}`, () => factory.create(serviceUrl, audience)) };
  }
}
