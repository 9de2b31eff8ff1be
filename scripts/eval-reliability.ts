// npm run eval:reliability — injects every fault, kills real runs at seeded random points, feeds bad
// input, and prints what was survived, found intact and refused cleanly. The scenarios are the
// ones test/reliability runs; exit 1 if any broke a promise.

import type { DeeplMockServer } from '../src/testing/index.js';
import { CONFIG_CASES } from '../test/reliability/scenarios/bad-config.js';
import { FILE_CASES } from '../test/reliability/scenarios/bad-files.js';
import { GLOSSARY_CASES } from '../test/reliability/scenarios/bad-glossaries.js';
import { runBadInput } from '../test/reliability/scenarios/bad-inputs.js';
import { SOURCE_CASES } from '../test/reliability/scenarios/bad-sources.js';
import { runConcurrently } from '../test/reliability/scenarios/concurrent.js';
import {
  createFaultProject,
  FAULT_SCENARIOS,
  runFaultScenario,
} from '../test/reliability/scenarios/faults.js';
import {
  billingBound,
  chooseKillPoints,
  createEditedProject,
  createKillProject,
  measureChildRun,
  runKillPoint,
} from '../test/reliability/scenarios/kill.js';
import { runLeakScan } from '../test/reliability/scenarios/leak.js';
import { startMock } from '../test/reliability/scenarios/mock.js';
import { removeProject } from '../test/reliability/scenarios/project.js';
import { runSignalScenario } from '../test/reliability/scenarios/signals.js';
import { runReference } from '../test/reliability/scenarios/translate-check.js';

const KILL_POINTS = Number(process.env.TOLK_KILL_POINTS ?? 30);
const EDITED_KILL_POINTS = Number(process.env.TOLK_EDITED_KILL_POINTS ?? 10);
const failures: string[] = [];
const fail = (what: string, problems: string[]) => {
  for (const p of problems) failures.push(`${what}: ${p}`);
};
const log = (line: string) => process.stdout.write(`${line}\n`);

async function evalFaults(server: DeeplMockServer) {
  const template = createFaultProject();
  const reference = await runReference(template, server);
  let injected = 0;
  let survived = 0;
  let resent = 0;
  for (const scenario of FAULT_SCENARIOS) {
    const outcome = await runFaultScenario(scenario, template, server, reference);
    injected += outcome.injected;
    resent += outcome.resent;
    if (outcome.ok) survived++;
    fail(`fault "${scenario.name}"`, outcome.problems);
    const how =
      scenario.expect === 'complete'
        ? 'retried to a complete run'
        : `clean stop (exit ${outcome.code}), rerun completed`;
    log(`  ${outcome.ok ? 'ok  ' : 'FAIL'} ${scenario.name}: ${outcome.injected} injected, ${how}`);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const outcome = await runSignalScenario(
      signal,
      createKillProjectOnce(),
      server,
      await killReference(server),
      {
        afterRequests: 12,
        latencyMs: 150,
      },
    );
    removeProject(outcome.dir);
    injected++;
    resent += outcome.resent;
    if (outcome.problems.length === 0) survived++;
    fail(signal, outcome.problems);
    log(
      `  ${outcome.problems.length === 0 ? 'ok  ' : 'FAIL'} ${signal} mid-run: exit ${outcome.code}, rerun completed`,
    );
  }
  removeProject(template);
  const total = FAULT_SCENARIOS.length + 2;
  log(
    `Faults: ${injected} injected in ${total} scenarios, ${survived}/${total} survived (retried, or stopped cleanly and finished by a rerun); finished segments sent again: ${resent}.`,
  );
}

let killTemplate: string | undefined;
let killRef: Awaited<ReturnType<typeof runReference>> | undefined;
const createKillProjectOnce = () => {
  killTemplate ??= createKillProject();
  return killTemplate;
};
async function killReference(server: DeeplMockServer) {
  killRef ??= await runReference(createKillProjectOnce(), server);
  return killRef;
}

async function evalKills(server: DeeplMockServer) {
  const sets = [
    { name: 'fresh project', template: createKillProjectOnce(), seed: 1, count: KILL_POINTS },
    {
      name: 'after edits',
      template: await createEditedProject(server),
      seed: 2,
      count: EDITED_KILL_POINTS,
    },
  ];
  // As in the tests: answers take 10 ms, so a time kill point can land mid-request.
  server.state.latencyMs = 10;
  let tried = 0;
  let killed = 0;
  let intact = 0;
  let files = 0;
  let trueLocks = 0;
  const costs: string[] = [];
  for (const set of sets) {
    const reference = await runReference(set.template, server);
    const runMs = await measureChildRun(set.template, server);
    let worst = 0;
    for (const point of chooseKillPoints(set.seed, set.count, reference, runMs)) {
      const outcome = await runKillPoint(point, set.template, server, reference);
      removeProject(outcome.dir);
      tried++;
      if (outcome.killed) killed++;
      intact += outcome.filesIntact;
      files += outcome.files;
      if (!outcome.afterKill.some((p) => p.startsWith('lock claims'))) trueLocks++;
      worst = Math.max(worst, outcome.billed - reference.billed);
      const label = `kill ${set.name} ${point.moment}@${point.at}`;
      fail(label, [...outcome.afterKill, ...outcome.afterRerun]);
      if (outcome.billed > billingBound(reference))
        fail(label, [`billed ${outcome.billed} of ${reference.billed}`]);
    }
    const ratio = (1 + worst / reference.billed).toFixed(3);
    costs.push(
      `${set.name} (clean run: ${reference.requests} requests, ${reference.billed} characters): at most ${ratio}× a clean run, ${(worst / reference.largestRequest).toFixed(1)} requests' worth extra`,
    );
    removeProject(set.template);
  }
  killTemplate = undefined;
  server.state.latencyMs = 0;
  log(
    `Kill points: ${tried} tried (${killed} killed mid-run); files found intact ${intact}/${files}; lock true after ${trueLocks}/${tried}; every rerun complete and equal to a clean run.`,
  );
  for (const cost of costs) log(`  billed over kill + rerun, ${cost}`);
}

async function evalConcurrent(server: DeeplMockServer) {
  const template = createFaultProject();
  const reference = await runReference(template, server);
  const outcome = await runConcurrently(template, server, reference, { count: 3, latencyMs: 100 });
  removeProject(outcome.dir);
  removeProject(template);
  fail('concurrent runs', outcome.problems);
  log(
    `Concurrent runs: 3 started at once, ${outcome.runs.filter((r) => r.code === 0).length} ran, ${outcome.runs.filter((r) => r.code === 2).length} refused, files as one clean run: ${outcome.problems.length === 0 ? 'yes' : 'NO'}.`,
  );
}

async function evalBadInputs() {
  const cases = [...SOURCE_CASES, ...GLOSSARY_CASES, ...FILE_CASES, ...CONFIG_CASES];
  let refused = 0;
  let refusedOk = 0;
  let acceptedOk = 0;
  for (const input of cases) {
    const outcome = await runBadInput(input);
    if (outcome.refused) refused++;
    if (outcome.ok && outcome.refused) refusedOk++;
    if (outcome.ok && !outcome.refused) acceptedOk++;
    fail(`bad input "${input.name}"`, outcome.problems);
  }
  log(
    `Bad inputs: ${cases.length} tried; ${refusedOk}/${refused} rejected cleanly (exit 2, file and line, nothing changed), ${acceptedOk}/${cases.length - refused} accepted without loss.`,
  );
}

async function evalLeaks(server: DeeplMockServer) {
  const outcomes = await runLeakScan(server);
  const leaks = outcomes.flatMap((o) => o.leaks);
  fail('key leak', leaks);
  const files = outcomes.reduce((n, o) => n + o.files, 0);
  log(
    `API key: ${outcomes.length} runs (success, 403, 456, 500s, timeouts, glossary sync, check, status), ${files} files and all output scanned, ${leaks.length} leaks.`,
  );
}

const server = await startMock({ latencyMs: 0 });
const started = Date.now();
try {
  log('tolk reliability evaluation');
  await evalFaults(server);
  await evalKills(server);
  await evalConcurrent(server);
  await evalBadInputs();
  await evalLeaks(server);
} finally {
  await server.close();
}
log(
  failures.length === 0
    ? `Nothing lost, nothing corrupt, nothing leaked (${((Date.now() - started) / 1000).toFixed(0)} s).`
    : `${failures.length} problem(s):\n${failures.join('\n')}`,
);
process.exitCode = failures.length === 0 ? 0 : 1;
