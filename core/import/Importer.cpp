// Choosing the importer: the format given, or the one the first bytes of the file show.

#include "Importer.h"

#include <QFile>

#include "ImportBuilder.h"
#include "JtlImporter.h"
#include "K6Importer.h"
#include "SeedTemplateImporter.h"

#include <nlohmann/json.hpp>

#include <array>

using namespace Qt::StringLiterals;

namespace ls {

namespace {

using json = nlohmann::json;

struct FormatInfo
{
    ImportFormat format;
    const char *id;
    const char *name;
};
constexpr std::array<FormatInfo, 6> formats = {{
    {ImportFormat::Auto, "auto", "detected from the file"},
    {ImportFormat::JmeterCsv, "jtl-csv", "JMeter CSV (JTL)"},
    {ImportFormat::JmeterXml, "jtl-xml", "JMeter XML (JTL)"},
    {ImportFormat::K6JsonLines, "k6-json", "k6 JSON lines"},
    {ImportFormat::K6Summary, "k6-summary", "k6 summary export"},
    {ImportFormat::SeedTemplate, "seed", "seed report template"},
}};

constexpr qint64 detectionBytes = 64 * 1024;

const QString supportedFormats =
    u"supported: JMeter CSV (JTL, with its header line), JMeter XML (JTL), k6 JSON lines (--out json=FILE), "
    "k6 summary export (--summary-export) and the seed's report template"_s;

bool isJsonObjectWith(const json &j, const char *key)
{
    return j.is_object() && j.contains(key);
}

// The format of a whole JSON document (a summary), or an error.
std::optional<ImportFormat> detectDocument(ImportInput &input)
{
    const std::optional<QByteArray> bytes = input.readAll();
    if (!bytes)
        return std::nullopt;
    input.file().seek(0);
    json root;
    try {
        root = json::parse(bytes->constBegin(), bytes->constEnd());
    } catch (const json::exception &e) {
        input.fail(jsonSyntaxError(input, e.what(), -1));
        return std::nullopt;
    }
    if (root.is_object()) {
        if (const auto format = root.find("format");
            format != root.end() && format->is_string() &&
            format->get_ref<const std::string &>().starts_with("loadstudio-")) {
            input.fail(input.whole(u"this is a Load Studio report; open it directly"_s));
            return std::nullopt;
        }
        if (const auto metrics = root.find("metrics");
            metrics != root.end() && metrics->is_object() &&
            (root.contains("root_group") || metrics->contains("http_reqs") || metrics->contains("http_req_duration")))
            return ImportFormat::K6Summary;
        if (root.contains("total_requests") || isJsonObjectWith(root.value("summary", json()), "total_requests"))
            return ImportFormat::SeedTemplate;
    }
    input.fail(input.whole(u"a JSON document of no known kind; "_s + supportedFormats));
    return std::nullopt;
}

std::optional<ImportFormat> detectFormat(ImportInput &input)
{
    QByteArray head = input.file().peek(detectionBytes);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    qsizetype start = 0;
    while (start < head.size() && QByteArrayView(" \t\r\n").contains(head.at(start)))
        ++start;
    if (start == head.size()) {
        if (input.size() <= detectionBytes)
            input.fail(input.whole(u"no samples (the file is empty)"_s));
        else
            input.fail(input.whole(u"starts with more than 64 KiB of blanks; "_s + supportedFormats));
        return std::nullopt;
    }
    const QByteArrayView rest = QByteArrayView(head).sliced(start);
    const qsizetype newline = rest.indexOf('\n');
    const QByteArrayView firstLine = newline < 0 ? rest : rest.first(newline);
    if (rest.front() == '<')
        return ImportFormat::JmeterXml;
    if (rest.front() == '{') {
        json line;
        try {
            line = json::parse(firstLine.begin(), firstLine.end());
        } catch (const json::exception &) {
            line = json(); // not a whole line of JSON: a document spread over lines, or not JSON at all
        }
        if (isJsonObjectWith(line, "type"))
            return ImportFormat::K6JsonLines;
        return detectDocument(input);
    }
    const QLatin1StringView text(firstLine);
    const bool delimited =
        firstLine.contains(',') || firstLine.contains('\t') || firstLine.contains(';') || firstLine.contains('|');
    const bool namesColumns =
        text.contains("timeStamp"_L1, Qt::CaseInsensitive) || text.contains("elapsed"_L1, Qt::CaseInsensitive);
    // A line of numbers and commas is a JTL without its header: the CSV importer says what is missing.
    const bool looksLikeSample = firstLine.front() >= '0' && firstLine.front() <= '9' && firstLine.contains(',');
    if ((delimited && namesColumns) || looksLikeSample)
        return ImportFormat::JmeterCsv;
    input.fail(input.whole(u"not a results file Load Studio can import; "_s + supportedFormats));
    return std::nullopt;
}

} // namespace

QString importFormatName(ImportFormat format)
{
    for (const FormatInfo &info : formats) {
        if (info.format == format)
            return QString::fromLatin1(info.name);
    }
    return QString();
}

std::optional<ImportFormat> importFormatFromId(const QString &id)
{
    for (const FormatInfo &info : formats) {
        if (id.compare(QLatin1StringView(info.id), Qt::CaseInsensitive) == 0)
            return info.format;
    }
    return std::nullopt;
}

QString importFormatId(ImportFormat format)
{
    for (const FormatInfo &info : formats) {
        if (info.format == format)
            return QString::fromLatin1(info.id);
    }
    return QString();
}

ImportResult importResults(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    result.format = options.format;
    ImportInput input(path, options);
    if (input.open()) {
        if (result.format == ImportFormat::Auto) {
            if (const std::optional<ImportFormat> detected = detectFormat(input))
                result.format = *detected;
        } else if (input.size() == 0) {
            input.fail(input.whole(u"no samples (the file is empty)"_s));
        }
    }
    if (!input.failed()) {
        switch (result.format) {
        case ImportFormat::Auto:
            break;
        case ImportFormat::JmeterCsv:
            importJtlCsv(input, result);
            break;
        case ImportFormat::JmeterXml:
            importJtlXml(input, result);
            break;
        case ImportFormat::K6JsonLines:
            importK6JsonLines(input, result);
            break;
        case ImportFormat::K6Summary:
            importK6Summary(input, result);
            break;
        case ImportFormat::SeedTemplate:
            importSeedTemplate(input, result);
            break;
        }
    }
    if (input.failed() || !result.report) {
        result.error = input.failed() ? input.error() : input.whole(u"nothing imported"_s);
        result.report.reset();
        result.missingMetrics.clear();
        return result;
    }
    input.finished();
    return result;
}

ImportResult openRun(const QString &path, const ImportOptions &options)
{
    QFile probe(path);
    // Our reports name their format near the start; reading 512 bytes tells them from other tools' files.
    if (probe.open(QIODevice::ReadOnly) && probe.read(512).contains(RunReport::formatId)) {
        probe.close();
        ImportResult result;
        result.report = readReportFile(path, &result.error);
        return result;
    }
    return importResults(path, options);
}

} // namespace ls
