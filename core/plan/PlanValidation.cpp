// Validation of a parsed plan document: every rule of docs/plan-format.md, every problem reported (not only the
// first), each with the JSON path and, when the text is known, the line:column of the offending value.

#include "HttpSettingsJson.h"
#include "PlanJson.h"
#include "Template.h"

#include <QHash>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

using namespace Qt::StringLiterals;

namespace ls {

namespace {

using Json = nlohmann::ordered_json;
using Severity = Diagnostic::Severity;

constexpr int defaultMaxUsers = 100;
const QStringList allowedMethods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s};
const QStringList allowedTransports = {u"auto"_s, u"native"_s, u"qnam"_s};

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

// "a string", "an array", "-5": what a value is, for "must be X, not Y" messages.
QString describe(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::string:
        return u"a string"_s;
    case Json::value_t::object:
        return u"an object"_s;
    case Json::value_t::array:
        return u"an array"_s;
    case Json::value_t::null:
        return u"null"_s;
    case Json::value_t::boolean:
        return v.get<bool>() ? u"true"_s : u"false"_s;
    default:
        return fromStd(v.dump());
    }
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 15);
}

bool isHeaderToken(const QString &name)
{
    static const QString specials = u"!#$%&'*+-.^_`|~"_s;
    if (name.isEmpty())
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || specials.contains(c);
    });
}

bool isEnvName(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

QString knownMetricKeys()
{
    QStringList keys;
    for (const MetricInfo &info : allMetrics())
        keys << QString::fromLatin1(info.key);
    return keys.join(u", "_s);
}

enum class Bound
{
    NonNegative, // >= 0
    Positive,    // > 0
};

class PlanReader
{
public:
    PlanReader(const QString &file, const JsonPositionIndex *positions) : m_file(file), m_positions(positions) {}

    Plan read(const Json &root);
    Diagnostics takeDiagnostics() { return std::move(m_diagnostics); }

private:
    // Reporting. positionPath is where to point when it differs from the path (a missing key: at its object).
    void report(Severity severity, const QString &path, const QString &message, const QString &positionPath);
    void error(const QString &path, const QString &message) { report(Severity::Error, path, message, path); }
    void warning(const QString &path, const QString &message) { report(Severity::Warning, path, message, path); }
    void missing(const QString &parent, const char *key)
    {
        report(Severity::Error, jsonPathChild(parent, QString::fromLatin1(key)), u"is required"_s, parent);
    }

    void checkKeys(const Json &object, const QString &path, std::initializer_list<const char *> known);
    bool isObject(const Json &v, const QString &path, const QString &what = u"an object"_s);

    // The member `key` of object, or null when absent (reported when required).
    const Json *member(const Json &object, const QString &path, const char *key, bool required)
    {
        const auto it = object.find(key);
        if (it != object.end())
            return &*it;
        if (required)
            missing(path, key);
        return nullptr;
    }
    // Optional members: absent leaves *out as it is (the default); a bad value is reported and also leaves it.
    bool readString(const Json &object, const QString &path, const char *key, QString *out, bool required = false);
    bool readNumber(const Json &object, const QString &path, const char *key, double *out, Bound bound,
                    bool required = false);
    bool readPositiveInt(const Json &object, const QString &path, const char *key, int *out);
    bool readBool(const Json &object, const QString &path, const char *key, bool *out);
    void checkTemplate(const QString &text, const QString &path);

    void readBaseUrl(const Json &root, Plan *plan);
    void readHeaders(const Json &object, const QString &parent, std::vector<Header> *out);
    void readSecretVariables(const Json &root, Plan *plan);
    void readScenarios(const Json &root, Plan *plan);
    void readScenario(const Json &v, const QString &path, Scenario *s);
    void readExpect(const Json &v, const QString &path, ResponseCheck *check);
    void readPhases(const Json &root, Plan *plan);
    void readPhase(const Json &v, const QString &path, const Plan &plan, Phase *phase);
    void readThinkTime(const Json &phaseJson, const QString &path, Phase *phase);
    void readTargets(const Json &object, const QString &parent, std::vector<Target> *out, std::vector<Metric> *disabled,
                     const std::vector<Target> *planTargets);
    bool readTarget(const Json &v, const QString &path, Metric metric, Target *out);
    void readAbortOnCritical(const Json &root, Plan *plan);

    QString m_file;
    const JsonPositionIndex *m_positions;
    Diagnostics m_diagnostics;
};

void PlanReader::report(Severity severity, const QString &path, const QString &message, const QString &positionPath)
{
    Diagnostic d;
    d.severity = severity;
    d.file = m_file;
    d.jsonPath = path;
    d.message = message;
    if (m_positions) {
        const TextPosition at = m_positions->find(positionPath);
        d.line = at.line;
        d.column = at.column;
    }
    m_diagnostics.push_back(std::move(d));
}

void PlanReader::checkKeys(const Json &object, const QString &path, std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = fromStd(it.key());
        const bool isKnown =
            std::any_of(known.begin(), known.end(), [&](const char *k) { return key == QLatin1StringView(k); });
        if (isKnown)
            continue;
        // Suggest the closest known key when it is plausibly a typo; otherwise list them all.
        QStringList all;
        for (const char *k : known)
            all << QString::fromLatin1(k);
        const QString best = closestMatch(key, all);
        const QString hint =
            !best.isEmpty() ? u"did you mean %1?"_s.arg(quoted(best)) : u"known keys here: %1"_s.arg(all.join(u", "_s));
        warning(jsonPathChild(path, key), u"unknown key, ignored; "_s + hint);
    }
}

bool PlanReader::isObject(const Json &v, const QString &path, const QString &what)
{
    if (v.is_object())
        return true;
    error(path, u"must be %1, not %2"_s.arg(what, describe(v)));
    return false;
}

bool PlanReader::readString(const Json &object, const QString &path, const char *key, QString *out, bool required)
{
    const Json *it = member(object, path, key, required);
    if (!it)
        return false;
    const QString childPath = jsonPathChild(path, QString::fromLatin1(key));
    if (!it->is_string()) {
        error(childPath, u"must be a string, not %1"_s.arg(describe(*it)));
        return false;
    }
    const QString value = fromStd(it->get_ref<const std::string &>());
    if (required && value.trimmed().isEmpty()) {
        error(childPath, u"must not be empty"_s);
        return false;
    }
    *out = value;
    return true;
}

bool PlanReader::readNumber(const Json &object, const QString &path, const char *key, double *out, Bound bound,
                            bool required)
{
    const Json *it = member(object, path, key, required);
    if (!it)
        return false;
    const QString childPath = jsonPathChild(path, QString::fromLatin1(key));
    if (!it->is_number()) {
        error(childPath, u"must be a number, not %1"_s.arg(describe(*it)));
        return false;
    }
    const double value = it->get<double>();
    if (bound == Bound::Positive && !(value > 0)) {
        error(childPath, u"must be a positive number, not %1"_s.arg(describe(*it)));
        return false;
    }
    if (bound == Bound::NonNegative && !(value >= 0)) {
        error(childPath, u"must be a non-negative number, not %1"_s.arg(describe(*it)));
        return false;
    }
    *out = value;
    return true;
}

bool PlanReader::readPositiveInt(const Json &object, const QString &path, const char *key, int *out)
{
    const Json *it = member(object, path, key, false);
    if (!it)
        return false;
    const QString childPath = jsonPathChild(path, QString::fromLatin1(key));
    // 10.0 and 1e3 are integers too; 2.5, 0, -1 and "10" are not.
    const double value = it->is_number() ? it->get<double>() : 0;
    if (!it->is_number() || value < 1 || value != std::floor(value)) {
        error(childPath, u"must be a positive integer, not %1"_s.arg(describe(*it)));
        return false;
    }
    if (value > std::numeric_limits<int>::max()) {
        error(childPath, u"must be at most %1"_s.arg(std::numeric_limits<int>::max()));
        return false;
    }
    *out = int(value);
    return true;
}

bool PlanReader::readBool(const Json &object, const QString &path, const char *key, bool *out)
{
    const Json *it = member(object, path, key, false);
    if (!it)
        return false;
    if (!it->is_boolean()) {
        error(jsonPathChild(path, QString::fromLatin1(key)), u"must be true or false, not %1"_s.arg(describe(*it)));
        return false;
    }
    *out = it->get<bool>();
    return true;
}

void PlanReader::checkTemplate(const QString &text, const QString &path)
{
    QString message;
    if (!Template::checkSyntax(text, &message))
        error(path, message);
}

Plan PlanReader::read(const Json &root)
{
    Plan plan;
    if (!isObject(root, QString(), u"a JSON object (the plan)"_s))
        return plan;
    checkKeys(root, QString(),
              {"format", "name", "description", "base_url", "headers", "timeout_s", "tls_verify", "transport", "seed",
               "follow_redirects", "http_version", "proxy", "auth", "pause_between_phases_s", "secret_variables",
               "scenarios", "phases", "targets", "abort_on_critical"});

    const QString formatId = QString::fromLatin1(Plan::formatId);
    QString format;
    if (!root.contains("format"))
        report(Severity::Warning, u"format"_s, u"missing; assuming %1"_s.arg(quoted(formatId)), QString());
    else if (readString(root, QString(), "format", &format) && format != formatId)
        error(u"format"_s,
              u"must be %1, not %2 (this version reads only that format)"_s.arg(quoted(formatId), quoted(format)));

    readString(root, QString(), "name", &plan.name, true);
    readString(root, QString(), "description", &plan.description);
    readBaseUrl(root, &plan);
    readHeaders(root, QString(), &plan.headers);
    readNumber(root, QString(), "timeout_s", &plan.timeoutS, Bound::Positive);
    readBool(root, QString(), "tls_verify", &plan.tlsVerify);

    QString transport;
    if (readString(root, QString(), "transport", &transport)) {
        if (allowedTransports.contains(transport))
            plan.transport = transport;
        else
            error(u"transport"_s, u"must be one of \"auto\", \"native\", \"qnam\", not %1"_s.arg(quoted(transport)));
    }
    readHttpSettings(root, &plan.http, [this](const QString &path, const QString &message) { error(path, message); });
    if (plan.transport == u"native"_s && plan.http.needsQtTransport())
        error(u"transport"_s, u"\"native\" speaks plain HTTP/1.1 without a proxy or server authentication; this "
                              "plan sets http_version \"2\", proxy or auth: use \"auto\" or \"qnam\""_s);

    if (const auto it = root.find("seed"); it != root.end()) {
        if (it->is_number_unsigned())
            plan.seed = it->get<quint64>();
        else
            error(u"seed"_s, u"must be a non-negative integer, not %1"_s.arg(describe(*it)));
    }
    readNumber(root, QString(), "pause_between_phases_s", &plan.pauseBetweenPhasesS, Bound::NonNegative);
    readSecretVariables(root, &plan);
    readScenarios(root, &plan);
    if (const auto it = root.find("targets"); it != root.end())
        readTargets(*it, u"targets"_s, &plan.targets, nullptr, nullptr);
    readPhases(root, &plan);
    readAbortOnCritical(root, &plan);

    if (m_positions) {
        for (const JsonPositionIndex::DuplicateKey &dup : m_positions->duplicateKeys())
            warning(dup.path, u"duplicate key; the last value is used"_s);
    }
    return plan;
}

void PlanReader::readBaseUrl(const Json &root, Plan *plan)
{
    QString text;
    if (!readString(root, QString(), "base_url", &text, true))
        return;
    const QString path = u"base_url"_s;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative()) {
        error(path, u"must be an absolute http:// or https:// URL, not %1"_s.arg(quoted(text)));
        return;
    }
    if (url.scheme() != u"http"_s && url.scheme() != u"https"_s) {
        error(path, u"must use http or https, not %1"_s.arg(quoted(url.scheme())));
        return;
    }
    if (url.host().isEmpty()) {
        error(path, u"has no host"_s);
        return;
    }
    if (url.hasQuery() || url.hasFragment()) {
        error(path, u"must not have a query or fragment (scenario paths are appended to it)"_s);
        return;
    }
    // Scenario paths start with '/', so a trailing slash would double it.
    while (text.endsWith(u'/'))
        text.chop(1);
    plan->baseUrl = text;
}

void PlanReader::readHeaders(const Json &object, const QString &parent, std::vector<Header> *out)
{
    const auto it = object.find("headers");
    if (it == object.end())
        return;
    const QString path = jsonPathChild(parent, u"headers"_s);
    QHash<QString, QString> seen; // lower-case name -> path of its first occurrence
    auto add = [&](Header header, const QString &namePath, const QString &valuePath) {
        if (!isHeaderToken(header.name)) {
            error(namePath, u"%1 is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)"_s.arg(
                                quoted(header.name)));
            return;
        }
        if (header.value.contains(u'\r') || header.value.contains(u'\n')) {
            error(valuePath, u"must not contain line breaks"_s);
            return;
        }
        checkTemplate(header.value, valuePath);
        const QString lower = header.name.toLower();
        if (seen.contains(lower))
            warning(namePath,
                    u"header %1 is set twice in this list (also at %2)"_s.arg(quoted(header.name), seen.value(lower)));
        else
            seen.insert(lower, namePath);
        out->push_back(std::move(header));
    };
    if (it->is_object()) {
        for (auto h = it->begin(); h != it->end(); ++h) {
            const QString hPath = jsonPathChild(path, fromStd(h.key()));
            if (!h->is_string()) {
                error(hPath, u"must be a string, not %1"_s.arg(describe(*h)));
                continue;
            }
            add(Header{fromStd(h.key()), fromStd(h->get_ref<const std::string &>()), false}, hPath, hPath);
        }
    } else if (it->is_array()) {
        for (size_t i = 0; i < it->size(); ++i) {
            const Json &h = it->at(i);
            const QString hPath = jsonPathIndex(path, qsizetype(i));
            if (!isObject(h, hPath, u"an object {\"name\": ..., \"value\": ...}"_s))
                continue;
            checkKeys(h, hPath, {"name", "value", "secret"});
            Header header;
            const bool hasName = readString(h, hPath, "name", &header.name, true);
            const bool hasValue = h.contains("value") ? readString(h, hPath, "value", &header.value) : false;
            if (!h.contains("value"))
                missing(hPath, "value"); // an empty value is allowed, a missing one is a mistake
            readBool(h, hPath, "secret", &header.secret);
            if (hasName && hasValue)
                add(std::move(header), jsonPathChild(hPath, u"name"_s), jsonPathChild(hPath, u"value"_s));
        }
    } else {
        error(path, u"must be an object (name: value) or an array of {\"name\", \"value\", \"secret\"}, not %1"_s.arg(
                        describe(*it)));
    }
}

void PlanReader::readSecretVariables(const Json &root, Plan *plan)
{
    const auto it = root.find("secret_variables");
    if (it == root.end())
        return;
    if (!it->is_array()) {
        error(u"secret_variables"_s, u"must be an array of strings, not %1"_s.arg(describe(*it)));
        return;
    }
    for (size_t i = 0; i < it->size(); ++i) {
        const QString path = jsonPathIndex(u"secret_variables"_s, qsizetype(i));
        const Json &v = it->at(i);
        if (!v.is_string()) {
            error(path, u"must be a string, not %1"_s.arg(describe(v)));
            continue;
        }
        const QString name = fromStd(v.get_ref<const std::string &>());
        if (!isEnvName(name))
            error(path, u"%1 is not a variable name (letters, digits and '_', not starting with a digit)"_s.arg(
                            quoted(name)));
        else
            plan->secretVariables << name;
    }
}

void PlanReader::readScenarios(const Json &root, Plan *plan)
{
    const auto it = root.find("scenarios");
    const QString path = u"scenarios"_s;
    if (it == root.end()) {
        missing(QString(), "scenarios");
        return;
    }
    if (!it->is_array() || it->empty()) {
        error(path,
              it->is_array() ? u"must not be empty"_s : u"must be an array of scenarios, not %1"_s.arg(describe(*it)));
        return;
    }
    QHash<QString, QString> names; // name -> path of the scenario that has it
    double totalWeight = 0;
    for (size_t i = 0; i < it->size(); ++i) {
        const QString sPath = jsonPathIndex(path, qsizetype(i));
        Scenario s;
        readScenario(it->at(i), sPath, &s);
        totalWeight += s.weight;
        if (!s.name.isEmpty()) {
            if (names.contains(s.name))
                error(jsonPathChild(sPath, u"name"_s),
                      u"duplicate scenario name %1 (also %2)"_s.arg(quoted(s.name), names.value(s.name)));
            else
                names.insert(s.name, sPath);
        }
        plan->scenarios.push_back(std::move(s));
    }
    if (!(totalWeight > 0))
        error(path, u"at least one scenario needs a weight above 0"_s);
}

void PlanReader::readScenario(const Json &v, const QString &path, Scenario *s)
{
    if (!isObject(v, path))
        return;
    checkKeys(v, path, {"name", "method", "path", "weight", "headers", "body", "expect"});
    readString(v, path, "name", &s->name, true);

    QString method;
    if (readString(v, path, "method", &method)) {
        if (allowedMethods.contains(method.toUpper()))
            s->method = method.toUpper();
        else
            error(jsonPathChild(path, u"method"_s),
                  u"must be one of %1, not %2"_s.arg(allowedMethods.join(u", "_s), quoted(method)));
    }

    const QString pathPath = jsonPathChild(path, u"path"_s);
    if (readString(v, path, "path", &s->path, true)) {
        if (!s->path.startsWith(u'/'))
            error(pathPath, u"must start with \"/\" (it is appended to base_url), not %1"_s.arg(quoted(s->path)));
        else
            checkTemplate(s->path, pathPath);
    }

    readNumber(v, path, "weight", &s->weight, Bound::NonNegative);
    readHeaders(v, path, &s->headers);

    if (const auto body = v.find("body"); body != v.end()) {
        const QString bodyPath = jsonPathChild(path, u"body"_s);
        if (body->is_string())
            s->body = fromStd(body->get_ref<const std::string &>());
        else if (body->is_object() || body->is_array())
            s->body = fromStd(body->dump(-1, ' ', false, Json::error_handler_t::replace));
        else
            error(bodyPath, u"must be a string, or a JSON object or array, not %1"_s.arg(describe(*body)));
        checkTemplate(s->body, bodyPath);
        if (!s->body.isEmpty() && (s->method == u"GET"_s || s->method == u"HEAD"_s))
            warning(bodyPath, u"a body on a %1 request is unusual; many servers ignore or reject it"_s.arg(s->method));
    }

    if (const auto expect = v.find("expect"); expect != v.end())
        readExpect(*expect, jsonPathChild(path, u"expect"_s), &s->check);
}

void PlanReader::readExpect(const Json &v, const QString &path, ResponseCheck *check)
{
    if (!isObject(v, path))
        return;
    checkKeys(v, path, {"status", "body_contains", "json", "equals"});
    if (const auto status = v.find("status"); status != v.end()) {
        const QString statusPath = jsonPathChild(path, u"status"_s);
        auto readCode = [&](const Json &code, const QString &codePath) {
            if (!code.is_number_integer() || code.get<qint64>() < 100 || code.get<qint64>() > 599)
                error(codePath, u"must be an HTTP status code (100 to 599), not %1"_s.arg(describe(code)));
            else
                check->statuses.push_back(code.get<int>());
        };
        if (status->is_array()) {
            for (size_t i = 0; i < status->size(); ++i)
                readCode(status->at(i), jsonPathIndex(statusPath, qsizetype(i)));
        } else if (status->is_number()) {
            readCode(*status, statusPath);
        } else {
            error(statusPath, u"must be a status code or an array of them, not %1"_s.arg(describe(*status)));
        }
    }
    readString(v, path, "body_contains", &check->bodyContains);

    const bool hasEquals = v.contains("equals");
    QString field;
    if (readString(v, path, "json", &field)) {
        const QString fieldPath = jsonPathChild(path, u"json"_s);
        if (field.isEmpty() || field.split(u'.').contains(QString()))
            error(fieldPath, u"must be a dotted field path such as \"data.status\", not %1"_s.arg(quoted(field)));
        else if (!hasEquals)
            report(Severity::Error, jsonPathChild(path, u"equals"_s),
                   u"is required with \"json\" (the value the field must have)"_s, path);
        else
            check->jsonField = field;
        if (hasEquals)
            check->jsonEquals = nlohmann::json(v.at("equals"));
    } else if (hasEquals && !v.contains("json")) {
        error(jsonPathChild(path, u"equals"_s), u"needs \"json\" (the field of the response body to compare)"_s);
    }
}

void PlanReader::readPhases(const Json &root, Plan *plan)
{
    const auto it = root.find("phases");
    const QString path = u"phases"_s;
    if (it == root.end()) {
        missing(QString(), "phases");
        return;
    }
    if (!it->is_array() || it->empty()) {
        error(path,
              it->is_array() ? u"must not be empty"_s : u"must be an array of phases, not %1"_s.arg(describe(*it)));
        return;
    }
    QHash<QString, QString> names;
    for (size_t i = 0; i < it->size(); ++i) {
        const QString pPath = jsonPathIndex(path, qsizetype(i));
        Phase phase;
        readPhase(it->at(i), pPath, *plan, &phase);
        if (!phase.name.isEmpty()) {
            if (names.contains(phase.name))
                error(jsonPathChild(pPath, u"name"_s),
                      u"duplicate phase name %1 (also %2)"_s.arg(quoted(phase.name), names.value(phase.name)));
            else
                names.insert(phase.name, pPath);
        }
        plan->phases.push_back(std::move(phase));
    }
}

void PlanReader::readPhase(const Json &v, const QString &path, const Plan &plan, Phase *phase)
{
    if (!isObject(v, path))
        return;
    checkKeys(v, path,
              {"name", "description", "users", "arrival_rate", "max_users", "ramp_up_s", "duration_s", "think_time_ms",
               "graceful_stop_s", "targets"});
    readString(v, path, "name", &phase->name, true);
    readString(v, path, "description", &phase->description);

    const bool closed = v.contains("users");
    const bool open = v.contains("arrival_rate");
    if (closed && open) {
        error(path, u"set either \"users\" (closed model) or \"arrival_rate\" (open model), not both"_s);
    } else if (!closed && !open) {
        error(path, u"needs \"users\" (closed model) or \"arrival_rate\" (open model)"_s);
    } else if (closed) {
        phase->model = LoadModel::Closed;
        readPositiveInt(v, path, "users", &phase->users);
        if (v.contains("max_users"))
            warning(jsonPathChild(path, u"max_users"_s), u"only used with \"arrival_rate\" (open model); ignored"_s);
    } else {
        phase->model = LoadModel::Open;
        phase->maxUsers = defaultMaxUsers;
        readNumber(v, path, "arrival_rate", &phase->arrivalRate, Bound::Positive);
        readPositiveInt(v, path, "max_users", &phase->maxUsers);
    }

    readNumber(v, path, "ramp_up_s", &phase->rampUpS, Bound::NonNegative);
    readNumber(v, path, "duration_s", &phase->durationS, Bound::Positive, true);
    readNumber(v, path, "graceful_stop_s", &phase->gracefulStopS, Bound::NonNegative);
    readThinkTime(v, path, phase);
    if (open && !closed && v.contains("think_time_ms"))
        warning(jsonPathChild(path, u"think_time_ms"_s), u"only used with \"users\" (closed model); ignored"_s);
    if (const auto targets = v.find("targets"); targets != v.end())
        readTargets(*targets, jsonPathChild(path, u"targets"_s), &phase->targets, &phase->disabledTargets,
                    &plan.targets);
}

void PlanReader::readThinkTime(const Json &phaseJson, const QString &path, Phase *phase)
{
    const auto it = phaseJson.find("think_time_ms");
    if (it == phaseJson.end())
        return;
    const QString tPath = jsonPathChild(path, u"think_time_ms"_s);
    if (it->is_number()) {
        double value = 0;
        if (readNumber(phaseJson, path, "think_time_ms", &value, Bound::NonNegative))
            phase->thinkTimeMinMs = phase->thinkTimeMaxMs = value;
        return;
    }
    if (!it->is_array() || it->size() != 2 || !it->at(0).is_number() || !it->at(1).is_number()) {
        error(tPath, u"must be a non-negative number or [min, max], not %1"_s.arg(describe(*it)));
        return;
    }
    const double min = it->at(0).get<double>();
    const double max = it->at(1).get<double>();
    if (min < 0)
        error(jsonPathIndex(tPath, 0), u"must be a non-negative number, not %1"_s.arg(describe(it->at(0))));
    else if (min > max)
        error(tPath, u"min (%1) must not be greater than max (%2)"_s.arg(formatNumber(min), formatNumber(max)));
    else {
        phase->thinkTimeMinMs = min;
        phase->thinkTimeMaxMs = max;
    }
}

void PlanReader::readTargets(const Json &object, const QString &path, std::vector<Target> *out,
                             std::vector<Metric> *disabled, const std::vector<Target> *planTargets)
{
    if (!isObject(object, path, u"an object (metric: {\"goal\": n, \"critical\": n})"_s))
        return;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = fromStd(it.key());
        const QString tPath = jsonPathChild(path, key);
        const std::optional<Metric> metric = metricFromKey(key);
        if (!metric) {
            error(tPath, u"unknown metric %1; known metrics are %2"_s.arg(quoted(key), knownMetricKeys()));
            continue;
        }
        if (it->is_null()) {
            if (!disabled) {
                error(tPath, u"null is only allowed in a phase's targets (to turn a plan target off)"_s);
                continue;
            }
            const bool planHasIt = std::any_of(planTargets->begin(), planTargets->end(),
                                               [&](const Target &t) { return t.metric == *metric; });
            if (!planHasIt)
                warning(tPath, u"null turns off the plan's %1 target, but the plan has none"_s.arg(key));
            disabled->push_back(*metric);
            continue;
        }
        Target target;
        if (readTarget(*it, tPath, *metric, &target))
            out->push_back(target);
    }
    // Canonical order, so a plan read back from a key-sorted document is equal to the original.
    std::sort(out->begin(), out->end(), [](const Target &a, const Target &b) { return a.metric < b.metric; });
    if (disabled)
        std::sort(disabled->begin(), disabled->end());
}

bool PlanReader::readTarget(const Json &v, const QString &path, Metric metric, Target *out)
{
    if (!isObject(v, path, u"an object {\"goal\": n, \"critical\": n}"_s))
        return false;
    checkKeys(v, path, {"goal", "critical"});
    const MetricInfo &info = metricInfo(metric);
    const bool percent = QLatin1StringView(info.unit) == u"%"_s;
    out->metric = metric;
    bool ok = true;
    for (const char *key : {"goal", "critical"}) {
        double *value = key[0] == 'g' ? &out->goal : &out->critical;
        if (!readNumber(v, path, key, value, Bound::NonNegative, true)) {
            ok = false;
        } else if (percent && *value > 100) {
            error(jsonPathChild(path, QString::fromLatin1(key)),
                  u"must be between 0 and 100 (a percentage), not %1"_s.arg(formatNumber(*value)));
            ok = false;
        }
    }
    if (!ok)
        return false;
    const QString name = QString::fromLatin1(info.key);
    if (info.higherIsBetter && out->goal < out->critical) {
        error(path, u"goal (%1) must not be below critical (%2): higher %3 is better"_s.arg(
                        formatNumber(out->goal), formatNumber(out->critical), name));
        return false;
    }
    if (!info.higherIsBetter && out->goal > out->critical) {
        error(path, u"goal (%1) must not be above critical (%2): lower %3 is better"_s.arg(
                        formatNumber(out->goal), formatNumber(out->critical), name));
        return false;
    }
    return true;
}

void PlanReader::readAbortOnCritical(const Json &root, Plan *plan)
{
    const auto it = root.find("abort_on_critical");
    if (it == root.end())
        return;
    const QString path = u"abort_on_critical"_s;
    AbortOnCritical &abort = plan->abortOnCritical;
    if (it->is_boolean()) {
        abort.enabled = it->get<bool>();
    } else if (it->is_object()) {
        checkKeys(*it, path, {"metric", "window_s"});
        abort.enabled = true;
        QString key;
        if (readString(*it, path, "metric", &key)) {
            if (const std::optional<Metric> metric = metricFromKey(key))
                abort.metric = *metric;
            else
                error(jsonPathChild(path, u"metric"_s),
                      u"unknown metric %1; known metrics are %2"_s.arg(quoted(key), knownMetricKeys()));
        }
        readNumber(*it, path, "window_s", &abort.windowS, Bound::Positive);
    } else {
        error(path, u"must be true, false or {\"metric\": ..., \"window_s\": ...}, not %1"_s.arg(describe(*it)));
        return;
    }
    if (!abort.enabled)
        return;
    // It compares against critical levels; without any target for the metric it could never fire.
    auto hasMetric = [&](const std::vector<Target> &targets) {
        return std::any_of(targets.begin(), targets.end(), [&](const Target &t) { return t.metric == abort.metric; });
    };
    const bool anyTarget =
        hasMetric(plan->targets) ||
        std::any_of(plan->phases.begin(), plan->phases.end(), [&](const Phase &p) { return hasMetric(p.targets); });
    if (!anyTarget)
        warning(path, u"no target sets a critical level for %1, so this can never trigger"_s.arg(
                          QString::fromLatin1(metricInfo(abort.metric).key)));
}

} // namespace

PlanParseResult planFromJson(const nlohmann::ordered_json &document, const QString &fileName,
                             const JsonPositionIndex *positions)
{
    PlanReader reader(fileName, positions);
    Plan plan = reader.read(document);
    PlanParseResult result;
    result.diagnostics = reader.takeDiagnostics();
    // Report in document order; problems without a position go last.
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         const auto key = [](const Diagnostic &d) {
                             return std::pair(d.line > 0 ? d.line : std::numeric_limits<int>::max(), d.column);
                         };
                         return key(a) < key(b);
                     });
    if (!hasErrors(result.diagnostics))
        result.plan = std::move(plan);
    return result;
}

} // namespace ls
