/** The part of netlify-redirector (Netlify's rule matcher, compiled to WebAssembly; no types of its own) the site uses. */
declare module 'netlify-redirector' {
  interface MatchRequest {
    scheme: string;
    host: string;
    path: string;
    query: string;
    getHeader: (name: string) => string;
    getCookie: (name: string) => string;
  }
  interface Match {
    to: string;
    status: number;
    force: boolean;
  }
  interface Matcher {
    match: (request: MatchRequest) => Match | null;
  }
  const redirector: { parseJSON: (rules: string, options: object) => Promise<Matcher> };
  export default redirector;
}
