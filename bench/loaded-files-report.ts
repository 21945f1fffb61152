import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where loaded-files.ts lists the files process `pid` loaded. */
export const loadedFilesReport = (pid: number) => path.join(tmpdir(), `loaded-files-${pid}.txt`);
