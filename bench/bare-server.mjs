// The baseline for `npm run bench`: the same framework and JSON body parsing as Leadline's API, and a
// fixed JSON answer, so the difference between the two is what the pipeline costs.
import express from 'express';

const app = express();
app.disable('x-powered-by');
app.use(express.json({ limit: 16384 }));
const answer = {
  intent: 'UNKNOWN',
  entities: {},
  crm_call: null,
  result: { message: 'fixed' },
  confidence: 1,
  request_id: 'bench',
};
app.post('/transcript', (_request, response) => {
  response.json(answer);
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
