import { main } from '../src/authoring/cli.ts';

await main('abolish');
