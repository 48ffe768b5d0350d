#pragma once
// Carries out one loadstudio-cli command: wiring between the core, the terminal and POSIX signals.

#include "CliOptions.h"
#include "Report.h"

namespace ls::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitInternalError = 1,
    ExitUsage = 2,
    ExitTargetFailed = 3,
    ExitAborted = 4,
    ExitRegression = 5,
};

int execute(const CliOptions &options);
void printOut(const QString &text);
void printErr(const QString &text);
// CliCompare.cpp
int compareReports(const CliOptions &options);
int importFile(const CliOptions &options);
// CliExport.cpp
int exportFromReport(const CliOptions &options);
// --junit, --timeline-csv, --scenarios-csv of run and report; false (after saying why) if one cannot be written.
bool writeExports(const RunReport &report, const CliOptions &options);

} // namespace ls::cli
