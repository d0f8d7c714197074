// xhr2 ships no types; the tests use it exactly as browsers' XMLHttpRequest.
declare module 'xhr2' {
  const XMLHttpRequestForNode: typeof XMLHttpRequest;
  export = XMLHttpRequestForNode;
}
