#pragma once
// The built-in demo target: an HTTP/1.1 keep-alive server on loopback that behaves like the seed's API
// (health check, agents behind a circuit breaker, availability check, webhook queue), so every feature of
// Load Studio can be shown and tested without the user's own server. See docs/demo-target.md.

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

namespace ls {

// A latency distribution in milliseconds. Text forms: "20" (fixed), "10-50" (uniform), "normal:50:10"
// (mean, standard deviation, cut at 0), "exp:20" (exponential with mean 20), "lognormal:20:200" (median, p99).
struct LatencySpec
{
    enum class Kind
    {
        Fixed,
        Uniform,
        Normal,
        Exponential,
        LogNormal,
    };
    Kind kind = Kind::Fixed;
    double a = 0; // fixed value, uniform low, normal mean, exponential mean, lognormal median
    double b = 0; // uniform high, normal sd, lognormal p99

    static bool parse(const QString &text, LatencySpec *out, QString *error);
    QString toString() const;
};

struct DemoTargetConfig
{
    QHostAddress address = QHostAddress::LocalHost; // only loopback addresses are accepted
    quint16 port = 0;                               // 0: any free port
    int threads = 1;                                // connection-handling threads

    // Extra latency per endpoint (on top of any global latency).
    LatencySpec latency;       // added to every endpoint (e.g. a known fixed delay for benchmarks)
    LatencySpec healthLatency; // default fixed 0
    LatencySpec dbQueryLatency{LatencySpec::Kind::Uniform, 1, 3};     // one simulated query
    LatencySpec downstreamLatency{LatencySpec::Kind::Uniform, 5, 15}; // simulated voice-AI API call
    int availabilityQueries = 3;                                      // simulated queries per availability check

    double errorRatePercent = 0; // share of requests answered 500 at random
    double rateLimitRps = 0;     // 0: off; above this rate (token bucket, burst = 1 s) answer 429
    int queueCapacity = 1000;    // webhook queue size; full: 503
    double queueWorkMs = 5;      // time the async worker spends per queued job
    int queueWorkers = 2;

    bool downstreamOffline = false;  // the downstream API fails every call (connection refused after a delay)
    double downstreamTimeoutMs = 50; // how long a failing downstream call takes
    int breakerFailureThreshold = 5; // consecutive downstream failures that open the circuit breaker
    double breakerOpenS = 5;         // after this, one half-open probe is let through

    quint64 seed = 1;

    QJsonObject toJson() const;
    // Applies the keys present in json (a partial update); unknown keys or bad values make it fail with a message.
    bool applyJson(const QJsonObject &json, QString *error);
};

// Counters the server keeps, readable from any thread (and over GET /__control/stats).
struct DemoTargetStats
{
    qint64 requests = 0; // complete requests answered
    qint64 connectionsAccepted = 0;
    int openConnections = 0;
    int peakOpenConnections = 0;
    int inFlight = 0; // requests received but not yet answered
    int peakInFlight = 0;
    qint64 status2xx = 0, status4xx = 0, status5xx = 0, status429 = 0, status503 = 0;
    qint64 fallbackResponses = 0;
    QString breakerState; // "closed", "open", "half-open"
    int queueLength = 0;
    qint64 queueProcessed = 0;

    QJsonObject toJson() const;
};

class DemoTarget : public QObject
{
    Q_OBJECT
public:
    explicit DemoTarget(DemoTargetConfig config = {}, QObject *parent = nullptr);
    ~DemoTarget() override;

    // Starts listening (on its own threads). Returns false with a message if the address is not loopback
    // or the port cannot be bound.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:PORT"

    DemoTargetConfig config() const;
    void setConfig(const DemoTargetConfig &config); // thread-safe, takes effect for the next request
    DemoTargetStats stats() const;                  // thread-safe snapshot
    void resetStats();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ls
