/** Runs the client scenario in Node: API_URL and SCENARIO (JSON) in, the report as JSON out. */
import { runClients } from './scenario';

runClients(process.env.API_URL as string, JSON.parse(process.env.SCENARIO as string)).then(
  (report) => process.stdout.write(JSON.stringify(report)),
  (error: Error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
