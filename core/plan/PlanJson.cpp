// Reading plan files (JSON syntax, then PlanValidation.cpp) and writing plans back in the same format.

#include "PlanJson.h"
#include "HttpSettingsJson.h"

#include <QFile>

#include <cctype>
#include <cmath>
#include <string_view>

using namespace Qt::StringLiterals;

namespace ls {

namespace {

using Json = nlohmann::ordered_json;

constexpr qint64 maxPlanFileBytes = 64 * 1024 * 1024;
constexpr int maxNestingDepth = 256; // deeper documents could exhaust the stack when dumped

// nlohmann names tokens for parser developers ("string literal", "'[', '{', or a literal"); say it for users.
QString tokenName(std::string_view token, std::string_view context, bool expected)
{
    if (token == "'[', '{', or a literal")
        return u"a value"_s;
    if (token == "string literal")
        return !expected ? u"string"_s : context == "object key" ? u"a key in double quotes"_s : u"a string"_s;
    if (token == "number literal")
        return expected ? u"a number"_s : u"number"_s;
    if (token == "true literal" || token == "false literal" || token == "null literal")
        return u'\'' + QString::fromLatin1(token.substr(0, token.find(' '))) + u'\'';
    if (expected && token == "'}'" && context == "object")
        return u"',' or '}'"_s;
    if (expected && token == "']'" && context == "array")
        return u"',' or ']'"_s;
    return QString::fromUtf8(token.data(), qsizetype(token.size()));
}

bool isLiteralChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '+' || c == '.';
}

// A lexer error ("invalid literal; last read: '...'", "invalid string: ..."). The "last read" part repeats the
// text before the error, sometimes lines of it; the position says where, so it is dropped.
QString lexerMessage(const QByteArray &text, std::string_view detail, std::string_view context, qsizetype *offset)
{
    // "<lexer message>; last read: '<text>'[; expected <token>]"; the lexer message may say "expected" itself.
    std::string_view expected;
    if (const size_t at = detail.find("; last read: '"); at != std::string_view::npos) {
        const std::string_view rest = detail.substr(at + 14);
        if (const size_t e = rest.rfind("'; expected "); e != std::string_view::npos)
            expected = rest.substr(e + 12);
        detail = detail.substr(0, at);
    }
    QString message = QString::fromUtf8(detail.data(), qsizetype(detail.size()));
    if (detail == "invalid literal") {
        // Point at the word that is not a literal and show it: usually text missing its double quotes.
        while (*offset > 0 && isLiteralChar(text.at(*offset - 1)))
            --*offset;
        qsizetype end = *offset;
        while (end < text.size() && isLiteralChar(text.at(end)))
            ++end;
        message = u"invalid literal \"%1\""_s.arg(QString::fromUtf8(text.mid(*offset, end - *offset)));
        if (expected.empty())
            message += u"; text needs double quotes, and the only literals are true, false and null"_s;
    }
    if (!expected.empty())
        message += u"; expected "_s + tokenName(expected, context, true);
    return message;
}

// Turns nlohmann's parse_error into a message and the byte offset of the offending token.
// what() reads "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while parsing
// <context> - <detail>", where detail is "unexpected <token>[; expected <token>]" or a lexer message.
QString syntaxMessage(const QByteArray &text, const nlohmann::json::parse_error &e, qsizetype *offset)
{
    const std::string what = e.what();
    // byte is 1-based and points at the last character read: the end of the offending token.
    *offset = std::min<qsizetype>(qsizetype(e.byte) - 1, text.size());
    std::string_view context;
    std::string_view detail = what;
    if (const size_t start = what.find("while parsing "); start != std::string::npos) {
        const size_t dash = what.find(" - ", start);
        if (dash != std::string::npos) {
            context = std::string_view(what).substr(start + 14, dash - start - 14);
            detail = std::string_view(what).substr(dash + 3);
        }
    } else if (const size_t colon = what.find(": "); colon != std::string::npos) {
        detail = std::string_view(what).substr(colon + 2);
    }
    if (detail.substr(0, 11) != "unexpected ")
        return lexerMessage(text, detail, context, offset);

    std::string_view unexpected = detail.substr(11);
    std::string_view expected;
    if (const size_t semi = unexpected.find("; expected "); semi != std::string_view::npos) {
        expected = unexpected.substr(semi + 11);
        unexpected = unexpected.substr(0, semi);
    }
    // Point at the start of a multi-character token rather than at its last character.
    if (unexpected == "string literal" && *offset > 0) {
        qsizetype i = *offset - 1;
        for (; i >= 0; --i) {
            if (text.at(i) != '"')
                continue;
            qsizetype backslashes = 0;
            while (i - 1 - backslashes >= 0 && text.at(i - 1 - backslashes) == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                break;
        }
        if (i >= 0)
            *offset = i;
    } else if (unexpected.size() > 8 && unexpected.substr(unexpected.size() - 8) == " literal") {
        while (*offset > 0 && isLiteralChar(text.at(*offset - 1)))
            --*offset;
    }

    QString message = u"unexpected "_s + tokenName(unexpected, context, false);
    // A ']' or '}' right after ',' is the classic trailing comma.
    if (unexpected == "'}'" || unexpected == "']'") {
        qsizetype before = *offset - 1;
        while (before >= 0 && std::isspace(static_cast<unsigned char>(text.at(before))))
            --before;
        if (before >= 0 && text.at(before) == ',')
            return message + u" after ','; JSON does not allow a trailing comma"_s;
    }
    if (!expected.empty())
        message += u"; expected "_s + tokenName(expected, context, true);
    return message;
}

// Integral values are written without ".0", so hand-written and saved plans look alike.
Json number(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 9.0e15)
        return Json(static_cast<std::int64_t>(value));
    return Json(value);
}

std::string str(const QString &s)
{
    return s.toStdString();
}

// Object form when it says exactly the same (no secret flags, no repeated names, and, if the document's keys
// get sorted, names already in that order); otherwise the array form, which keeps everything.
Json headersJson(const std::vector<Header> &headers, Redaction redaction, bool sortedKeys)
{
    bool objectForm = true;
    for (size_t i = 0; i < headers.size() && objectForm; ++i) {
        if (headers[i].secret)
            objectForm = false;
        for (size_t j = 0; j < i && objectForm; ++j) {
            if (headers[j].name == headers[i].name || (sortedKeys && str(headers[j].name) > str(headers[i].name)))
                objectForm = false;
        }
    }
    auto valueOf = [&](const Header &h) {
        return redaction == Redaction::Redact && isSecretHeader(h) ? std::string("<redacted>") : str(h.value);
    };
    Json out = objectForm ? Json::object() : Json::array();
    for (const Header &h : headers) {
        if (objectForm) {
            out[str(h.name)] = valueOf(h);
        } else {
            Json entry = {{"name", str(h.name)}, {"value", valueOf(h)}};
            if (h.secret)
                entry["secret"] = true;
            out.push_back(std::move(entry));
        }
    }
    return out;
}

Json targetsJson(const std::vector<Target> &targets, const std::vector<Metric> &disabled)
{
    Json out = Json::object();
    for (const Target &t : targets)
        out[metricInfo(t.metric).key] = {{"goal", number(t.goal)}, {"critical", number(t.critical)}};
    for (Metric m : disabled)
        out[metricInfo(m).key] = nullptr;
    return out;
}

Json scenarioJson(const Scenario &s, Redaction redaction, bool sortedKeys)
{
    Json out = {{"name", str(s.name)}, {"method", str(s.method)}, {"path", str(s.path)}, {"weight", number(s.weight)}};
    if (!s.headers.empty())
        out["headers"] = headersJson(s.headers, redaction, sortedKeys);
    if (!s.body.isEmpty()) {
        // A body that is the compact dump of a JSON object or array (as one written as JSON is stored) goes back
        // as JSON, which reads better; not into a key-sorted document, where its key order would change.
        const std::string body = str(s.body);
        Json parsed = sortedKeys ? Json() : Json::parse(body, nullptr, false);
        const bool asJson = (parsed.is_object() || parsed.is_array()) &&
                            parsed.dump(-1, ' ', false, Json::error_handler_t::replace) == body;
        out["body"] = asJson ? std::move(parsed) : Json(body);
    }
    Json expect = Json::object();
    if (!s.check.statuses.empty())
        expect["status"] = s.check.statuses;
    if (!s.check.bodyContains.isEmpty())
        expect["body_contains"] = str(s.check.bodyContains);
    if (!s.check.jsonField.isEmpty()) {
        expect["json"] = str(s.check.jsonField);
        expect["equals"] = Json(s.check.jsonEquals);
    }
    if (!expect.empty())
        out["expect"] = std::move(expect);
    return out;
}

Json phaseJson(const Phase &p)
{
    Json out = {{"name", str(p.name)}};
    if (!p.description.isEmpty())
        out["description"] = str(p.description);
    if (p.model == LoadModel::Closed) {
        out["users"] = p.users;
    } else {
        out["arrival_rate"] = number(p.arrivalRate);
        out["max_users"] = p.maxUsers;
    }
    out["ramp_up_s"] = number(p.rampUpS);
    out["duration_s"] = number(p.durationS);
    if (p.model == LoadModel::Closed) { // the open model has no think time; writing one would draw a warning
        if (p.thinkTimeMinMs == p.thinkTimeMaxMs)
            out["think_time_ms"] = number(p.thinkTimeMinMs);
        else
            out["think_time_ms"] = {number(p.thinkTimeMinMs), number(p.thinkTimeMaxMs)};
    }
    out["graceful_stop_s"] = number(p.gracefulStopS);
    if (!p.targets.empty() || !p.disabledTargets.empty())
        out["targets"] = targetsJson(p.targets, p.disabledTargets);
    return out;
}

Json planJson(const Plan &plan, Redaction redaction, bool sortedKeys)
{
    Json out = {{"format", Plan::formatId}, {"name", str(plan.name)}};
    if (!plan.description.isEmpty())
        out["description"] = str(plan.description);
    out["base_url"] = str(plan.baseUrl);
    if (!plan.headers.empty())
        out["headers"] = headersJson(plan.headers, redaction, sortedKeys);
    out["timeout_s"] = number(plan.timeoutS);
    out["tls_verify"] = plan.tlsVerify;
    out["transport"] = str(plan.transport);
    writeHttpSettings(plan.http, redaction == Redaction::Redact, &out);
    out["seed"] = static_cast<std::uint64_t>(plan.seed);
    out["pause_between_phases_s"] = number(plan.pauseBetweenPhasesS);
    if (!plan.secretVariables.isEmpty()) {
        Json names = Json::array();
        for (const QString &name : plan.secretVariables)
            names.push_back(str(name));
        out["secret_variables"] = std::move(names);
    }
    Json scenarios = Json::array();
    for (const Scenario &s : plan.scenarios)
        scenarios.push_back(scenarioJson(s, redaction, sortedKeys));
    out["scenarios"] = std::move(scenarios);
    Json phases = Json::array();
    for (const Phase &p : plan.phases)
        phases.push_back(phaseJson(p));
    out["phases"] = std::move(phases);
    if (!plan.targets.empty())
        out["targets"] = targetsJson(plan.targets, {});
    if (plan.abortOnCritical.enabled)
        out["abort_on_critical"] = {{"metric", metricInfo(plan.abortOnCritical.metric).key},
                                    {"window_s", number(plan.abortOnCritical.windowS)}};
    else
        out["abort_on_critical"] = false;
    return out;
}

} // namespace

PlanParseResult parsePlan(const QByteArray &json, const QString &fileName)
{
    // Editors on Windows like to start UTF-8 files with a byte order mark; it is not part of the text.
    const QByteArray text = json.startsWith("\xEF\xBB\xBF") ? json.sliced(3) : json;
    auto syntaxError = [&](qsizetype offset, const QString &message) {
        const TextPosition at = textPositionAt(text, offset);
        PlanParseResult result;
        result.diagnostics.push_back({Diagnostic::Severity::Error, fileName, at.line, at.column, QString(), message});
        return result;
    };
    if (text.trimmed().isEmpty())
        return syntaxError(text.size(), u"the file is empty; expected a JSON object"_s);

    Json document;
    try {
        document = Json::parse(text.constData(), text.constData() + text.size());
    } catch (const nlohmann::json::parse_error &e) {
        qsizetype offset = 0;
        const QString message = syntaxMessage(text, e, &offset);
        return syntaxError(offset, message);
    } catch (const nlohmann::json::exception &e) {
        // E.g. "[json.exception.out_of_range.406] number overflow parsing '1e999'": no position, so look for the
        // quoted text.
        const QString what = QString::fromUtf8(e.what());
        const QString message = what.mid(what.indexOf(u"] "_s) + 2);
        const qsizetype open = message.indexOf(u'\''), close = message.lastIndexOf(u'\'');
        const qsizetype at =
            open >= 0 && close > open ? text.indexOf(message.mid(open + 1, close - open - 1).toUtf8()) : -1;
        if (at >= 0)
            return syntaxError(at, message);
        PlanParseResult result;
        result.diagnostics.push_back({Diagnostic::Severity::Error, fileName, 0, 0, QString(), message});
        return result;
    }
    const JsonPositionIndex positions(text);
    if (positions.maxDepth() > maxNestingDepth)
        return syntaxError(0, u"nested more than %1 levels deep"_s.arg(maxNestingDepth));
    return planFromJson(document, fileName, &positions);
}

PlanParseResult loadPlanFile(const QString &path)
{
    QFile file(path);
    auto failure = [&](const QString &message) {
        PlanParseResult result;
        result.diagnostics.push_back({Diagnostic::Severity::Error, path, 0, 0, QString(), message});
        return result;
    };
    if (!file.open(QIODevice::ReadOnly))
        return failure(u"cannot open the file: %1"_s.arg(file.errorString()));
    if (file.size() > maxPlanFileBytes)
        return failure(
            u"the file is too large for a plan (%1 bytes, at most %2)"_s.arg(file.size()).arg(maxPlanFileBytes));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(u"cannot read the file: %1"_s.arg(file.errorString()));
    return parsePlan(data, path);
}

nlohmann::json planToJson(const Plan &plan, Redaction redaction)
{
    return nlohmann::json(planJson(plan, redaction, true));
}

QByteArray planToJsonText(const Plan &plan, Redaction redaction)
{
    const std::string text = planJson(plan, redaction, false).dump(2, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size())) + '\n';
}

bool isSecretHeader(const Header &header)
{
    static const QStringList secretNames = {u"Authorization"_s, u"Proxy-Authorization"_s, u"Cookie"_s, u"X-Api-Key"_s};
    return header.secret || secretNames.contains(header.name, Qt::CaseInsensitive);
}

} // namespace ls
