// loadstudio-cli: the headless twin of Load Studio. All work happens in the core library.

#include "CliOptions.h"
#include "CliRunner.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const ls::cli::ParseOutcome parsed = ls::cli::parseArguments(arguments);
    // Drawing a PDF needs Qt Gui, but never a screen: the offscreen platform unless one is asked for.
    const bool gui = parsed.options && ls::cli::needsGuiApplication(*parsed.options);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loadstudio-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOADSTUDIO_VERSION));

    if (!parsed.options) {
        std::fprintf(stderr, "loadstudio-cli: %s\n\n%s", qPrintable(parsed.error), qPrintable(ls::cli::usageText()));
        return ls::cli::ExitUsage;
    }
    ls::installTranslations(parsed.options->language);
    return ls::cli::execute(*parsed.options);
}
