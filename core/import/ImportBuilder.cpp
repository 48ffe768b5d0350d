#include "ImportBuilder.h"

#include <QDate>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace ls {

namespace {

constexpr qint64 usPerS = 1'000'000;
constexpr qint64 usPerMs = 1'000;
constexpr qint64 unixEpochJulianDay = 2440588;
constexpr qint64 maxEpochMs = 100'000'000'000'000; // the year 5138: far enough, and far from overflowing
const double nan = std::numeric_limits<double>::quiet_NaN();

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

Plan importPlan(const QString &planName, const QString &fileName, ImportFormat format,
                const std::vector<QString> &scenarioNames, const std::vector<double> &weights, int users,
                double durationS)
{
    Plan plan;
    plan.name = planName.trimmed().isEmpty() ? u"imported"_s : planName;
    plan.description = u"Imported from %1 (%2)"_s.arg(fileName, importFormatName(format));
    plan.baseUrl = u"http://imported.invalid"_s;
    for (std::size_t i = 0; i < scenarioNames.size(); ++i) {
        Scenario s;
        s.name = scenarioNames[i];
        s.path = u"/"_s;
        s.weight = weights[i];
        plan.scenarios.push_back(std::move(s));
    }
    Phase phase;
    phase.name = u"imported"_s;
    phase.description = plan.description;
    phase.model = LoadModel::Closed;
    phase.users = std::max(1, users);
    phase.durationS = durationS > 0 ? durationS : 1; // the plan format needs a positive duration
    phase.gracefulStopS = 0;
    plan.phases = {phase};
    return plan;
}

QDateTime utcFromUs(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / usPerMs, Qt::UTC);
}

// Reads `digits` decimal digits at text[*pos]; false if they are not there.
bool readDigits(std::string_view text, std::size_t *pos, int digits, int *out)
{
    int value = 0;
    for (int i = 0; i < digits; ++i, ++*pos) {
        if (*pos >= text.size() || text[*pos] < '0' || text[*pos] > '9')
            return false;
        value = value * 10 + (text[*pos] - '0');
    }
    *out = value;
    return true;
}

bool expectChar(std::string_view text, std::size_t *pos, std::string_view allowed)
{
    if (*pos >= text.size() || allowed.find(text[*pos]) == std::string_view::npos)
        return false;
    ++*pos;
    return true;
}

// "yyyy?MM?dd?HH:mm:ss" with the separators given, then an optional fraction; microseconds since the epoch (UTC).
std::optional<qint64> parseDateTime(std::string_view text, std::size_t *pos, std::string_view dateSeparators,
                                    std::string_view timeSeparators)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(text, pos, 4, &year) || !expectChar(text, pos, dateSeparators) ||
        !readDigits(text, pos, 2, &month) || !expectChar(text, pos, dateSeparators) ||
        !readDigits(text, pos, 2, &day) || !expectChar(text, pos, timeSeparators) || !readDigits(text, pos, 2, &hour) ||
        !expectChar(text, pos, ":") || !readDigits(text, pos, 2, &minute) || !expectChar(text, pos, ":") ||
        !readDigits(text, pos, 2, &second))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    qint64 fractionUs = 0;
    if (*pos < text.size() && (text[*pos] == '.' || text[*pos] == ',')) {
        ++*pos;
        qint64 scale = 100'000;
        const std::size_t start = *pos;
        for (; *pos < text.size() && text[*pos] >= '0' && text[*pos] <= '9'; ++*pos) {
            fractionUs += (text[*pos] - '0') * scale;
            scale /= 10;
        }
        if (*pos == start)
            return std::nullopt;
    }
    const qint64 days = date.toJulianDay() - unixEpochJulianDay;
    return ((days * 24 + hour) * 60 + minute) * 60 * usPerS + qint64(second) * usPerS + fractionUs;
}

} // namespace

// --- ImportInput ---

ImportInput::ImportInput(const QString &path, const ImportOptions &options)
    : m_path(path), m_fileName(QFileInfo(path).fileName()), m_options(options)
{}

QString ImportInput::baseName() const
{
    const QString base = QFileInfo(m_path).completeBaseName();
    return base.isEmpty() ? m_fileName : base;
}

bool ImportInput::open()
{
    if (checkCancelled())
        return false;
    m_file.setFileName(m_path);
    if (QFileInfo(m_path).isDir())
        return fail(whole(u"is a directory, not a results file"_s));
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(whole(u"cannot open: "_s + m_file.errorString()));
    m_size = m_file.size();
    return true;
}

qint64 ImportInput::bytesRead() const
{
    return m_lineMode ? m_consumed : m_file.pos();
}

void ImportInput::reportProgress(qint64 bytes)
{
    if (!m_options.progress || bytes - m_lastProgress < progressStepBytes)
        return;
    m_lastProgress = bytes;
    m_options.progress(ImportProgress{std::min(bytes, m_size), m_size, m_samples});
}

bool ImportInput::checkCancelled()
{
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
        fail(u"cancelled"_s);
        return true;
    }
    return false;
}

bool ImportInput::nextLine(QByteArrayView *line)
{
    if (failed())
        return false;
    m_lineMode = true;
    if ((m_line & 1023) == 1023) {
        if (checkCancelled())
            return false;
        reportProgress(m_consumed);
    }
    if (m_buffer.isEmpty())
        m_buffer.resize(64 * 1024);
    for (;;) {
        const char *begin = m_buffer.constData() + m_begin;
        const qsizetype available = m_end - m_begin;
        const void *newline = available > 0 ? std::memchr(begin, '\n', std::size_t(available)) : nullptr;
        if (newline || (m_eof && available > 0)) {
            qsizetype length = newline ? static_cast<const char *>(newline) - begin : available;
            const qsizetype consumed = newline ? length + 1 : length;
            m_begin += consumed;
            m_consumed += consumed;
            ++m_line;
            if (length > 0 && begin[length - 1] == '\r')
                --length;
            *line = QByteArrayView(begin, length);
            return true;
        }
        if (m_eof)
            return false;
        if (checkCancelled())
            return false;
        reportProgress(m_consumed);
        // Keep the partial line, make room, read on.
        if (m_begin > 0) {
            std::memmove(m_buffer.data(), begin, std::size_t(available));
            m_end = available;
            m_begin = 0;
        }
        if (m_end == m_buffer.size()) {
            if (m_buffer.size() >= maxLineBytes)
                return failAt(m_line + 1, u"a line longer than %1 MiB"_s.arg(maxLineBytes / (1024 * 1024)));
            m_buffer.resize(m_buffer.size() * 2);
        }
        const qint64 n = m_file.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
        if (n < 0)
            return fail(whole(u"read error: "_s + m_file.errorString()));
        if (n == 0)
            m_eof = true;
        m_end += qsizetype(n);
    }
}

std::optional<QByteArray> ImportInput::readAll()
{
    if (m_size > maxDocumentBytes) {
        fail(whole(u"too large for this format (over %1 MiB)"_s.arg(maxDocumentBytes / (1024 * 1024))));
        return std::nullopt;
    }
    QByteArray bytes = m_file.read(maxDocumentBytes + 1);
    if (bytes.size() > maxDocumentBytes) {
        fail(whole(u"too large for this format (over %1 MiB)"_s.arg(maxDocumentBytes / (1024 * 1024))));
        return std::nullopt;
    }
    if (checkCancelled())
        return std::nullopt;
    return bytes;
}

bool ImportInput::sample()
{
    ++m_samples;
    if ((m_samples & 63) == 0 && checkCancelled())
        return false;
    reportProgress(bytesRead()); // cheap unless 64 KiB have passed
    return true;
}

void ImportInput::finished()
{
    if (m_options.progress)
        m_options.progress(ImportProgress{m_size, m_size, m_samples});
}

bool ImportInput::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

QString ImportInput::at(int line, const QString &what) const
{
    return u"%1:%2: %3"_s.arg(m_fileName).arg(line).arg(what);
}

QString ImportInput::whole(const QString &what) const
{
    return m_fileName + u": "_s + what;
}

// --- ImportBuilder ---

ImportBuilder::ImportBuilder() : m_totals(0) {}

int ImportBuilder::scenarioIndex(const QString &name)
{
    QString key = name.trimmed().isEmpty() ? noneScenarioName : name;
    if (const auto it = m_scenarioByName.constFind(key); it != m_scenarioByName.constEnd())
        return it.value();
    if (int(m_scenarioNames.size()) >= maxScenarios)
        key = otherScenarioName;
    if (const auto it = m_scenarioByName.constFind(key); it != m_scenarioByName.constEnd())
        return it.value();
    const int index = int(m_scenarioNames.size());
    m_scenarioNames.push_back(key);
    m_scenarioByName.insert(key, index);
    m_totals.scenarios.emplace_back();
    if (key == noneScenarioName)
        m_noneIndex = index;
    if (key == otherScenarioName)
        m_otherIndex = index;
    return index;
}

int ImportBuilder::scenarioIndexUtf8(QByteArrayView name)
{
    const QByteArray probe = QByteArray::fromRawData(name.data(), name.size());
    if (const auto it = m_scenarioByUtf8.constFind(probe); it != m_scenarioByUtf8.constEnd())
        return it.value();
    const int index = scenarioIndex(QString::fromUtf8(name));
    if (index != m_otherIndex) // labels beyond the limit are looked up again (each is counted)
        m_scenarioByUtf8.insert(QByteArray(name.data(), name.size()), index);
    return index;
}

qint64 ImportBuilder::secondOf(qint64 us) const
{
    const qint64 offset = us - m_anchorUs;
    return offset >= 0 ? offset / usPerS : -((-offset + usPerS - 1) / usPerS);
}

ImportBuilder::OpenSecond *ImportBuilder::openSecond(qint64 second)
{
    if (second > m_latestSecond) {
        m_latestSecond = second;
        closeSecondsBefore(second - openWindowSeconds);
    }
    if (second < m_latestSecond - openWindowSeconds)
        return nullptr; // already compacted (or never seen, but as old): handled as a late sample
    auto it = m_open.find(second);
    if (it == m_open.end()) {
        it = m_open.emplace(second, OpenSecond()).first;
        if (!m_spareHistograms.empty()) {
            it->second.latency = std::move(m_spareHistograms.back());
            m_spareHistograms.pop_back();
        }
    }
    return &it->second;
}

ImportBuilder::ClosedSecond &ImportBuilder::closedSecond(qint64 second)
{
    return m_closed[second];
}

void ImportBuilder::closeSecondsBefore(qint64 second)
{
    while (!m_open.empty() && m_open.begin()->first < second) {
        auto node = m_open.extract(m_open.begin());
        OpenSecond &open = node.mapped();
        ClosedSecond &closed = closedSecond(node.key());
        closed.buckets = open.latency.buckets();
        closed.requests = open.requests;
        closed.successes = open.successes;
        closed.users = open.users;
        closed.errors = std::move(open.errors);
        if (m_spareHistograms.size() < 4) {
            open.latency.reset();
            m_spareHistograms.push_back(std::move(open.latency));
        }
    }
}

void ImportBuilder::noteUsers(qint64 second, int users)
{
    if (users < 0)
        return;
    m_maxUsers = std::max(m_maxUsers, users);
    if (OpenSecond *open = openSecond(second))
        open->users = std::max(open->users, users);
    else {
        ClosedSecond &closed = closedSecond(second);
        closed.users = std::max(closed.users, users);
    }
}

void ImportBuilder::add(const ImportSample &sample)
{
    const qint64 latencyUs = std::max<qint64>(0, sample.latencyUs);
    const qint64 endUs = sample.startUs + latencyUs;
    if (!m_anchored) {
        m_anchored = true;
        m_anchorUs = m_minStartUs = m_maxStartUs = sample.startUs;
        m_maxEndUs = endUs;
        m_latestSecond = secondOf(endUs);
    }
    m_minStartUs = std::min(m_minStartUs, sample.startUs);
    m_maxStartUs = std::max(m_maxStartUs, sample.startUs);
    m_maxEndUs = std::max(m_maxEndUs, endUs);
    if (sample.scenario == m_noneIndex)
        ++m_blankLabels;
    if (sample.scenario == m_otherIndex)
        ++m_overflowSamples;

    RequestOutcome outcome;
    outcome.scenario = sample.scenario;
    outcome.error = sample.error;
    outcome.httpStatus = sample.httpStatus;
    outcome.latencyUs = latencyUs;
    outcome.bytesReceived = sample.bytesReceived;
    outcome.bytesSent = sample.bytesSent;
    outcome.message = sample.message;
    m_totals.record(outcome);

    const bool success = errorClassOf(sample.error) == ErrorClass::None;
    const qint64 second = secondOf(endUs);
    if (OpenSecond *open = openSecond(second)) {
        open->latency.record(latencyUs);
        ++open->requests;
        open->successes += success ? 1 : 0;
        if (!success)
            ++open->errors[sample.error];
    } else {
        // A sample far out of time order: into the compacted second's buckets.
        ++m_lateSamples;
        ClosedSecond &closed = closedSecond(second);
        const qint64 value =
            m_shape.highestEquivalentValue(std::min<qint64>(latencyUs, m_shape.highestTrackableValue()));
        auto it = std::lower_bound(closed.buckets.begin(), closed.buckets.end(), value,
                                   [](const Histogram::Bucket &b, qint64 v) { return b.value < v; });
        if (it != closed.buckets.end() && it->value == value)
            ++it->count;
        else
            closed.buckets.insert(it, Histogram::Bucket{value, 1});
        ++closed.requests;
        closed.successes += success ? 1 : 0;
        if (!success)
            ++closed.errors[sample.error];
    }
    noteUsers(second, sample.activeUsers);
}

void ImportBuilder::noteActiveUsers(qint64 atUs, int users)
{
    if (!m_anchored)
        return; // before the first request: only the maximum matters
    noteUsers(secondOf(atUs), users);
}

RunReport ImportBuilder::finish(const QString &planName, const QString &fileName, ImportFormat format,
                                QStringList *warnings)
{
    closeSecondsBefore(std::numeric_limits<qint64>::max());
    const qint64 total = m_totals.requests;
    std::vector<double> weights;
    for (const ScenarioBlock &s : m_totals.scenarios)
        weights.push_back(total > 0 ? 100.0 * double(s.requests) / double(total) : 0.0);
    const double loadS = double(m_maxStartUs - m_minStartUs) / double(usPerS);
    const double elapsedS = double(m_maxEndUs - m_minStartUs) / double(usPerS);

    RunReport report;
    report.plan = importPlan(planName, fileName, format, m_scenarioNames, weights, m_maxUsers, elapsedS);
    report.startedAt = utcFromUs(m_minStartUs);
    report.endedAt = utcFromUs(m_maxEndUs);
    report.transport = u"imported"_s;
    report.importedFrom = importFormatName(format);
    report.complete = true;

    PhaseResult phase;
    phase.phase = report.plan.phases.front();
    phase.targets = report.plan.effectiveTargets(phase.phase);
    phase.startedAt = report.startedAt;
    phase.endedAt = report.endedAt;
    phase.loadS = loadS;
    phase.elapsedS = elapsedS;
    phase.totals = std::move(m_totals);
    m_totals = StatsBlock(0);

    // The timeline: one point per second of sample end times, gaps filled with empty seconds when not absurdly long.
    if (!m_closed.empty()) {
        const qint64 first = m_closed.begin()->first;
        const qint64 last = m_closed.rbegin()->first;
        const bool fillGaps = last - first < maxFilledTimelineSeconds;
        if (!fillGaps && warnings)
            warnings->append(u"the samples span %1 days; the timeline lists only the seconds with samples"_s.arg(
                double(last - first) / 86400.0, 0, 'f', 1));
        Histogram scratch;
        int users = -1;
        auto point = [&](qint64 second, const ClosedSecond *closed) {
            TimelinePoint p;
            const qint64 startUs = m_anchorUs + second * usPerS;
            p.startS = std::max(0.0, double(startUs - m_minStartUs) / double(usPerS));
            p.lengthS = second == last ? std::clamp(double(m_maxEndUs - startUs) / double(usPerS), 0.001, 1.0) : 1.0;
            if (closed) {
                p.requests = p.completed = closed->requests;
                p.successes = closed->successes;
                p.errors = closed->errors;
                scratch.reset();
                for (const Histogram::Bucket &b : closed->buckets)
                    scratch.record(b.value, b.count);
                p.p50Ms = double(scratch.valueAtPercentile(50)) / 1000.0;
                p.p95Ms = double(scratch.valueAtPercentile(95)) / 1000.0;
                p.p99Ms = double(scratch.valueAtPercentile(99)) / 1000.0;
                if (closed->users >= 0)
                    users = closed->users;
            }
            p.rps = double(p.completed) / p.lengthS;
            p.activeUsers = std::max(users, 0);
            phase.timeline.push_back(std::move(p));
        };
        if (fillGaps) {
            auto it = m_closed.begin();
            for (qint64 second = first; second <= last; ++second) {
                const bool seen = it != m_closed.end() && it->first == second;
                point(second, seen ? &it->second : nullptr);
                if (seen)
                    ++it;
            }
        } else {
            for (const auto &[second, closed] : m_closed)
                point(second, &closed);
        }
        m_closed.clear();
    }
    if (warnings && m_blankLabels > 0)
        warnings->append(
            u"%1 samples without a label were counted under \"%2\""_s.arg(m_blankLabels).arg(noneScenarioName));
    if (warnings && m_overflowSamples > 0)
        warnings->append(u"more than %1 labels: %2 samples of the others were counted under \"%3\""_s.arg(maxScenarios)
                             .arg(m_overflowSamples)
                             .arg(otherScenarioName));
    report.phases.push_back(std::move(phase));
    report.evaluate();
    return report;
}

// --- Stated summaries ---

LatencySummary unstatedLatency()
{
    LatencySummary l;
    l.minMs = l.meanMs = l.p50Ms = l.p90Ms = l.p95Ms = l.p99Ms = l.p999Ms = l.maxMs = nan;
    return l;
}

RunReport buildStatedReport(const QString &planName, const QString &fileName, ImportFormat format,
                            const StatedSummary &summary)
{
    const std::vector<QString> names = {u"(all requests)"_s};
    RunReport report;
    report.plan = importPlan(planName, fileName, format, names, {100.0}, summary.users, summary.durationS);
    report.transport = u"imported"_s;
    report.importedFrom = importFormatName(format);
    report.complete = true;

    PhaseResult phase;
    phase.phase = report.plan.phases.front();
    phase.targets = report.plan.effectiveTargets(phase.phase);
    phase.loadS = phase.elapsedS = std::max(0.0, summary.durationS);
    phase.totals = StatsBlock(1);
    phase.totals.requests = summary.requests;
    phase.totals.successes = summary.successes;
    phase.totals.errors = summary.errors;
    ScenarioBlock &all = phase.totals.scenarios.front();
    all.requests = summary.requests;
    all.successes = summary.successes;
    all.errors = summary.errors;
    phase.statedLatency = summary.latency;
    report.phases.push_back(std::move(phase));
    report.evaluate();
    return report;
}

QStringList missingStatedMetrics(const StatedSummary &summary, bool errorsByClass)
{
    QStringList missing;
    const LatencySummary &l = summary.latency;
    const std::pair<double, const char *> latency[] = {{l.meanMs, "avg_ms"}, {l.p50Ms, "p50_ms"}, {l.p90Ms, "p90_ms"},
                                                       {l.p95Ms, "p95_ms"},  {l.p99Ms, "p99_ms"}, {l.maxMs, "max_ms"}};
    for (const auto &[value, key] : latency) {
        if (std::isnan(value))
            missing << QString::fromLatin1(key);
    }
    if (!(summary.durationS > 0))
        missing << u"throughput_rps"_s;
    if (!errorsByClass)
        missing << u"errors_by_class"_s;
    missing << u"timeline"_s;
    return missing;
}

// --- Classification and parsing ---

ErrorKey classifyFailure(int httpStatus, QStringView text)
{
    if (httpStatus >= 400 && httpStatus <= 999)
        return errorKey(ErrorClass::Http, httpStatus);
    auto has = [&](QLatin1StringView what) { return text.contains(what, Qt::CaseInsensitive); };
    if (has("timeout"_L1) || has("timed out"_L1))
        return errorKey(ErrorClass::Timeout);
    if (has("connection refused"_L1) || has("ConnectException"_L1))
        return errorKey(ErrorClass::ConnectionRefused);
    if (has("connection reset"_L1) || has("reset by peer"_L1) || has("broken pipe"_L1) ||
        has("NoHttpResponseException"_L1) || has("connection closed"_L1))
        return errorKey(ErrorClass::ConnectionReset);
    if (has("UnknownHostException"_L1) || has("no such host"_L1) || has("name resolution"_L1))
        return errorKey(ErrorClass::DnsFailure);
    if (has("SSLHandshake"_L1) || has("SSLException"_L1) || has("certificate"_L1) || has("tls handshake"_L1))
        return errorKey(ErrorClass::TlsError);
    if (httpStatus >= 100 && httpStatus < 400)
        return errorKey(ErrorClass::CheckFailed); // answered with a fine status, failed by an assertion
    return errorKey(ErrorClass::Other);
}

std::optional<double> parseNumber(QByteArrayView text)
{
    text = trimmed(text);
    if (text.isEmpty())
        return std::nullopt;
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (*begin == '+')
        ++begin;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(QByteArrayView text)
{
    text = trimmed(text);
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<qint64> parseJmeterTime(QByteArrayView text)
{
    text = trimmed(text);
    if (const std::optional<qint64> ms = parseInteger(text)) {
        if (*ms < 0 || *ms > maxEpochMs)
            return std::nullopt;
        return *ms * usPerMs;
    }
    const std::string_view view(text.data(), std::size_t(text.size()));
    std::size_t pos = 0;
    const std::optional<qint64> us = parseDateTime(view, &pos, "/-", " T");
    if (!us || pos != view.size())
        return std::nullopt;
    return us;
}

std::optional<qint64> parseRfc3339(std::string_view text)
{
    std::size_t pos = 0;
    std::optional<qint64> us = parseDateTime(text, &pos, "-", "Tt ");
    if (!us || pos >= text.size())
        return std::nullopt;
    const char zone = text[pos++];
    if (zone == 'Z' || zone == 'z')
        return pos == text.size() ? us : std::nullopt;
    if (zone != '+' && zone != '-')
        return std::nullopt;
    int hours = 0, minutes = 0;
    if (!readDigits(text, &pos, 2, &hours) || !expectChar(text, &pos, ":") || !readDigits(text, &pos, 2, &minutes) ||
        pos != text.size() || hours > 23 || minutes > 59)
        return std::nullopt;
    const qint64 offsetUs = (qint64(hours) * 60 + minutes) * 60 * usPerS;
    return zone == '+' ? *us - offsetUs : *us + offsetUs;
}

std::optional<double> parseDurationMs(QStringView text)
{
    text = text.trimmed();
    double scale = 1;
    double divisor = 1;
    if (text.endsWith("ms"_L1, Qt::CaseInsensitive)) {
        text.chop(2);
    } else if (text.endsWith("us"_L1, Qt::CaseInsensitive) || text.endsWith(u"\u00b5s")) {
        text.chop(2);
        divisor = 1000;
    } else if (text.endsWith("s"_L1, Qt::CaseInsensitive)) {
        text.chop(1);
        scale = 1000;
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return value * scale / divisor;
}

std::optional<double> parsePercent(QStringView text)
{
    text = text.trimmed();
    if (text.endsWith(u'%'))
        text.chop(1);
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > 100)
        return std::nullopt;
    return value;
}

QString quotedForMessage(const QString &text)
{
    constexpr qsizetype maxLength = 60;
    QString shown = text.size() > maxLength ? text.left(maxLength) + u"\u2026"_s : text;
    shown.replace(u'\n', u' ');
    return u'"' + shown + u'"';
}

QString quotedForMessage(QByteArrayView text)
{
    return quotedForMessage(QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), 240))));
}

} // namespace ls
