/**
 * A reader that stops early (`bilingual segment article.txt | head`) closes the pipe under the
 * command's standard output, and the next write fails with EPIPE. Unhandled, that error kills
 * Node with a stack trace. The command instead stops writing to that stream and carries on, so a
 * build still finishes writing its editions and translations (nothing half-written, nothing
 * lost), and exits as it would have. Any other failure of the stream is one line on stderr and
 * exit code 1.
 */
export function keepGoingWhenOutputCloses(stream: NodeJS.WriteStream, stderr: NodeJS.WriteStream = process.stderr): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    stderr.write(`bilingual: cannot write to standard output: ${error.message}\n`);
    process.exitCode = 1;
  });
}
