// loadstudio-cli: the headless twin of Load Studio. All work happens in the core library.

#include "CliOptions.h"
#include "CliRunner.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loadstudio-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOADSTUDIO_VERSION));

    const ls::cli::ParseOutcome parsed = ls::cli::parseArguments(QCoreApplication::arguments());
    if (!parsed.options) {
        std::fprintf(stderr, "loadstudio-cli: %s\n\n%s", qPrintable(parsed.error), qPrintable(ls::cli::usageText()));
        return ls::cli::ExitUsage;
    }
    return ls::cli::execute(*parsed.options);
}
