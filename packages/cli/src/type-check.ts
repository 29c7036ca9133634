import path from 'node:path';

/** A TypeScript error in a plan file. */
export interface TypeErrorAt {
  file: string;
  line: number;
  column: number;
  code: number;
  message: string;
}

/**
 * Type-checks one plan file with the TypeScript compiler (through ts-morph, loaded only here)
 * and returns its errors with their locations. Used when a plan fails to load, to say where.
 *
 * @internal
 */
export async function typeErrorsOf(file: string): Promise<TypeErrorAt[]> {
  const { Project, ts } = await import('ts-morph');
  const project = new Project({
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
    },
  });
  const sourceFile = project.addSourceFileAtPath(file);
  project.resolveSourceFileDependencies();
  return sourceFile
    .getPreEmitDiagnostics()
    .filter((d) => d.getCategory() === ts.DiagnosticCategory.Error)
    .map((d) => {
      const at = d.getSourceFile();
      const start = d.getStart() ?? 0;
      const { line, column } = at ? at.getLineAndColumnAtPos(start) : { line: 1, column: 1 };
      const text = d.getMessageText();
      const message = typeof text === 'string' ? text : text.getMessageText();
      return { file: at ? path.resolve(at.getFilePath()) : file, line, column, code: d.getCode(), message };
    });
}
