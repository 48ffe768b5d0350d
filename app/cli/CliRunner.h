#pragma once
// Carries out one loadstudio-cli command: wiring between the core, the terminal and POSIX signals.

#include "CliOptions.h"

namespace ls::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitInternalError = 1,
    ExitUsage = 2,
    ExitTargetFailed = 3,
    ExitAborted = 4,
};

int execute(const CliOptions &options);

} // namespace ls::cli
