// The part of autocannon's API the benchmark uses; the package ships no types of its own.
declare module "autocannon" {
  interface Request {
    method?: string;
    path?: string;
    body?: string;
    headers?: Record<string, string>;
  }

  interface RequestStep extends Request {
    setupRequest?: (request: Request) => Request;
    onResponse?: (status: number, body: string) => void;
  }

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    requests?: RequestStep[];
  }

  interface Result {
    requests: { total: number; average: number };
    latency: { p50: number };
    duration: number;
    errors: number;
    non2xx: number;
  }

  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
