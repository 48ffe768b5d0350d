#pragma once
// The load-test plan: what to request, how hard, for how long, and what counts as good enough.
// Plain value types; reading/writing JSON lives in PlanJson.h, expansion of placeholders in Template.h.

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace ls {

// Metrics a target can be set on. Direction (higher or lower is better) is a property of the metric.
enum class Metric
{
    SuccessRate, // percent of requests that passed all checks
    ErrorRate,   // percent of requests that failed (100 - success rate, dropped included)
    AvgMs,       // mean latency
    P50Ms,
    P95Ms,
    P99Ms,
    ThroughputRps, // completed requests per second of phase time
};

struct MetricInfo
{
    Metric metric;
    const char *key;     // JSON key, e.g. "p95_ms"
    bool higherIsBetter; // success rate, throughput
    const char *unit;    // "%", "ms", "req/s"
};
const std::vector<MetricInfo> &allMetrics();
const MetricInfo &metricInfo(Metric metric);
std::optional<Metric> metricFromKey(const QString &key);

struct Target
{
    Metric metric = Metric::P95Ms;
    double goal = 0;     // meeting this is PASS
    double critical = 0; // beyond this is FAIL; between goal and critical is WARN

    bool operator==(const Target &) const = default;
};

// Stop the run when a metric stays beyond its critical level for a whole window (production safety).
struct AbortOnCritical
{
    bool enabled = false;
    Metric metric = Metric::ErrorRate;
    double windowS = 10;

    bool operator==(const AbortOnCritical &) const = default;
};

struct Header
{
    QString name;
    QString value;       // may contain placeholders, e.g. "Bearer ${env:API_TOKEN}"
    bool secret = false; // redacted in reports and logs (Authorization always is)

    bool operator==(const Header &) const = default;
};

struct ResponseCheck
{
    std::vector<int> statuses; // empty: any 2xx passes
    QString bodyContains;      // empty: not checked
    QString jsonField;         // dotted path into a JSON body, e.g. "data.status"; empty: not checked
    nlohmann::json jsonEquals; // the value jsonField must equal (any JSON type)

    bool operator==(const ResponseCheck &) const = default;
};

struct Scenario
{
    QString name;
    QString method = QStringLiteral("GET");
    QString path;                // appended to the plan's base_url; may contain placeholders
    double weight = 1;           // relative; shares are weight / sum of weights
    std::vector<Header> headers; // added to (and overriding) the plan's headers
    QString body;                // may contain placeholders
    ResponseCheck check;

    bool operator==(const Scenario &) const = default;
};

enum class LoadModel
{
    Closed, // a fixed number of virtual users, each sending its next request after the last one finished
    Open,   // requests arrive at a fixed rate, whatever the server does
};

struct Phase
{
    QString name;
    QString description; // what the phase is for and what is expected, shown in reports
    LoadModel model = LoadModel::Closed;
    int users = 0;          // closed model
    double arrivalRate = 0; // open model: requests per second
    int maxUsers = 0;       // open model: concurrent requests at most
    double rampUpS = 0;
    double durationS = 0; // steady time after the ramp-up
    double thinkTimeMinMs = 0;
    double thinkTimeMaxMs = 0; // equal to min for a fixed think time
    double gracefulStopS = 5;
    std::vector<Target> targets;         // overrides the plan's targets metric by metric
    std::vector<Metric> disabledTargets; // plan targets not evaluated in this phase ("p95_ms": null)

    bool operator==(const Phase &) const = default;
};

// How requests travel beyond plain HTTP/1.1. The native transport does none of the optional parts except
// redirects; a plan that needs HTTP/2, a proxy or server authentication runs on the Qt transport.
struct HttpSettings
{
    int followRedirects = 0;                     // redirects followed per request; 0: a 3xx is the response
    QString httpVersion = QStringLiteral("1.1"); // "1.1" or "2"
    QString proxy;                               // "" (direct) or http://host:port or socks5://host:port
    QString authUser;                            // server authentication (Basic, Digest, NTLM) when challenged
    QString authPassword;                        // may be ${env:NAME}

    static constexpr int maxRedirects = 20;
    bool needsQtTransport() const
    {
        return httpVersion == QLatin1String("2") || !proxy.isEmpty() || !authUser.isEmpty();
    }
    bool operator==(const HttpSettings &) const = default;
};

struct Plan
{
    static constexpr const char *formatId = "loadstudio-plan/1";

    QString name;
    QString description;
    QString baseUrl; // http(s) URL without trailing slash; scenario paths are appended
    std::vector<Header> headers;
    double timeoutS = 30;
    bool tlsVerify = true;
    QString transport = QStringLiteral("auto"); // "auto", "native", "qnam"
    HttpSettings http;
    quint64 seed = 1; // scenario choice, think times and {{random}} are reproducible
    double pauseBetweenPhasesS = 0;
    QStringList
        secretVariables; // ${env:NAME} names whose values must never be shown (all env values are hidden anyway)
    std::vector<Scenario> scenarios;
    std::vector<Phase> phases;
    std::vector<Target> targets;
    AbortOnCritical abortOnCritical;

    // Targets in force for a phase: the plan's, with the phase's own replacing those of the same metric.
    std::vector<Target> effectiveTargets(const Phase &phase) const;
    // Normalised share of each scenario in percent (weights need not sum to 100).
    std::vector<double> scenarioShares() const;
    // Expected wall-clock time of the phases, ramp-ups, graceful stops and pauses.
    double totalDurationS() const;

    bool operator==(const Plan &) const = default; // field by field; round-trip tests use it
};

} // namespace ls
