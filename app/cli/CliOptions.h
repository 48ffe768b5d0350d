#pragma once
// Command-line parsing for loadstudio-cli: which command, with which options. Usage errors exit with 2.

#include <QString>
#include <QStringList>

#include <optional>

namespace ls::cli {

enum class Command
{
    Run,
    Validate,
    DemoTarget,
    Demo,
    Compare,
    Import,
    Report,
    Help,
    Version,
};

struct CliOptions
{
    Command command = Command::Help;
    QString planPath;
    QStringList phases;
    QString outPath;
    bool quiet = false;
    int workers = 0;
    bool withDemoTarget = false;
    QString baseUrl;
    // demo-target
    int port = 0;
    QStringList demoSettings; // KEY=VALUE pairs applied to the demo target's configuration
    // compare, import
    QStringList files;            // compare: BASE NEW; import: FILE
    double failOnRegression = -1; // percent; -1: never fail
    QStringList pairs;            // BASE_PHASE=NEW_PHASE
    QString importFormat;         // "auto" or an id from importFormatFromId
    // run, report: exports
    QString junitPath;
    QString timelineCsvPath;
    QString scenariosCsvPath;
    QString hlogPath;        // HdrHistogram interval log
    QString language;        // --lang: "de" or "en"; empty follows the system locale
    QString pdfPath;         // report: the management report
    QString pdfComparedWith; // report: a base run for the PDF's comparison section
    QString helpText;
};

struct ParseOutcome
{
    std::optional<CliOptions> options;
    QString error; // usage error, when options is empty
};

ParseOutcome parseArguments(const QStringList &arguments);
// The command draws (a PDF): it needs a QGuiApplication, on the offscreen platform when there is no display.
bool needsGuiApplication(const CliOptions &options);
QString usageText();

} // namespace ls::cli
