#include "RequestFactory.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ls {

namespace {

bool compileField(const QString &text, const QString &where, Template *out, QString *error)
{
    QString why;
    if (Template::compile(text, out, &why))
        return true;
    if (error)
        *error = where + QStringLiteral(": ") + why;
    return false;
}

bool looksLikeJson(const QString &body)
{
    const QString trimmed = body.trimmed();
    return trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['));
}

const nlohmann::json *findJsonField(const nlohmann::json &root, const std::vector<QString> &path)
{
    const nlohmann::json *node = &root;
    for (const QString &part : path) {
        if (node->is_object()) {
            auto it = node->find(part.toStdString());
            if (it == node->end())
                return nullptr;
            node = &*it;
        } else if (node->is_array()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            if (!ok || index < 0 || std::size_t(index) >= node->size())
                return nullptr;
            node = &(*node)[std::size_t(index)];
        } else {
            return nullptr;
        }
    }
    return node;
}

} // namespace

std::optional<RequestFactory> RequestFactory::create(const Plan &plan, QString *error)
{
    RequestFactory factory;
    QString base = plan.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        const Scenario &s = plan.scenarios[i];
        const QString where = QStringLiteral("scenarios[%1] (%2)").arg(i).arg(s.name);
        CompiledScenario c;
        c.method = s.method.toLatin1();
        if (!compileField(base + s.path, where + QStringLiteral(".path"), &c.url, error))
            return std::nullopt;
        // Plan headers first, then the scenario's, which replace plan headers of the same name.
        std::vector<Header> headers = plan.headers;
        for (const Header &h : s.headers) {
            auto same = std::find_if(headers.begin(), headers.end(),
                                     [&](const Header &p) { return p.name.compare(h.name, Qt::CaseInsensitive) == 0; });
            if (same != headers.end())
                *same = h;
            else
                headers.push_back(h);
        }
        const bool hasContentType = std::any_of(headers.begin(), headers.end(), [](const Header &h) {
            return h.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        });
        if (!s.body.isEmpty() && !hasContentType)
            headers.push_back({QStringLiteral("Content-Type"),
                               looksLikeJson(s.body) ? QStringLiteral("application/json")
                                                     : QStringLiteral("text/plain; charset=utf-8"),
                               false});
        for (const Header &h : headers) {
            CompiledHeader ch;
            ch.name = h.name.toLatin1();
            if (!compileField(h.value, where + QStringLiteral(".headers.") + h.name, &ch.value, error))
                return std::nullopt;
            c.headers.push_back(std::move(ch));
        }
        if (!compileField(s.body, where + QStringLiteral(".body"), &c.body, error))
            return std::nullopt;
        c.check = s.check;
        c.bodyContains = s.check.bodyContains.toUtf8();
        if (!s.check.jsonField.isEmpty()) {
            const QStringList parts = s.check.jsonField.split(QLatin1Char('.'));
            c.jsonPath.assign(parts.begin(), parts.end());
        }
        factory.m_scenarios.push_back(std::move(c));
    }
    return factory;
}

HttpRequest RequestFactory::build(int scenario, TemplateContext &context) const
{
    const CompiledScenario &c = m_scenarios[std::size_t(scenario)];
    HttpRequest request;
    request.method = c.method;
    request.url = c.url.expand(context);
    request.headers.reserve(c.headers.size());
    for (const CompiledHeader &h : c.headers)
        request.headers.emplace_back(h.name, h.value.expand(context));
    request.body = c.body.expand(context);
    return request;
}

void RequestFactory::judge(int scenario, const HttpResponse &response, RequestOutcome &outcome) const
{
    const CompiledScenario &c = m_scenarios[std::size_t(scenario)];
    outcome.httpStatus = response.status;
    outcome.bytesReceived = response.bodyBytes;
    outcome.bytesSent = response.bytesSent;
    if (response.error != ErrorClass::None) {
        outcome.error = errorKey(response.error);
        outcome.message = response.message;
        return;
    }
    const bool statusOk = c.check.statuses.empty() ? (response.status >= 200 && response.status < 300)
                                                   : std::find(c.check.statuses.begin(), c.check.statuses.end(),
                                                               response.status) != c.check.statuses.end();
    if (!statusOk) {
        outcome.error = errorKey(ErrorClass::Http, response.status);
        outcome.message = QStringLiteral("HTTP %1: %2")
                              .arg(response.status)
                              .arg(QString::fromUtf8(response.bodyPrefix.left(200)).simplified());
        return;
    }
    if (!c.bodyContains.isEmpty() && !response.bodyPrefix.contains(c.bodyContains)) {
        outcome.error = errorKey(ErrorClass::CheckFailed);
        outcome.message = QStringLiteral("body does not contain \"%1\"").arg(c.check.bodyContains);
        return;
    }
    if (!c.jsonPath.empty()) {
        const auto root =
            nlohmann::json::parse(response.bodyPrefix.constBegin(), response.bodyPrefix.constEnd(), nullptr, false);
        const nlohmann::json *value = root.is_discarded() ? nullptr : findJsonField(root, c.jsonPath);
        if (!value || *value != c.check.jsonEquals) {
            outcome.error = errorKey(ErrorClass::CheckFailed);
            outcome.message = root.is_discarded()
                                  ? QStringLiteral("body is not JSON")
                                  : QStringLiteral("JSON field \"%1\" is %2, expected %3")
                                        .arg(c.check.jsonField,
                                             value ? QString::fromStdString(value->dump()) : QStringLiteral("missing"),
                                             QString::fromStdString(c.check.jsonEquals.dump()));
        }
    }
}

ScenarioDeck::ScenarioDeck(const std::vector<double> &weights, quint64 seed) : m_rng(seed)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (total <= 0)
        return;
    // At least 200 cards, and enough that the smallest positive weight gets a card of its own (a 0.1% scenario
    // needs a deck of 1000); capped, past which a tiny weight still gets its one card.
    double smallest = total;
    for (double w : weights) {
        if (w > 0)
            smallest = std::min(smallest, w);
    }
    const int deckSize = int(std::clamp(std::ceil(total / smallest - 1e-9), 200.0, 100'000.0));
    // Largest-remainder apportionment of the deck's cards by weight.
    std::vector<int> counts(weights.size());
    std::vector<std::pair<double, int>> remainders;
    int assigned = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double exact = deckSize * weights[i] / total;
        counts[i] = int(std::floor(exact));
        assigned += counts[i];
        remainders.emplace_back(exact - counts[i], int(i));
    }
    std::sort(remainders.begin(), remainders.end(), [](auto &a, auto &b) { return a.first > b.first; });
    for (int k = 0; assigned < deckSize && k < int(remainders.size()); ++k, ++assigned)
        ++counts[std::size_t(remainders[std::size_t(k)].second)];
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (weights[i] > 0 && counts[i] == 0) { // beyond the cap: one card, taken from the largest share
            ++counts[i];
            --*std::max_element(counts.begin(), counts.end());
        }
    }
    for (std::size_t i = 0; i < counts.size(); ++i)
        m_cards.insert(m_cards.end(), std::size_t(counts[i]), int(i));
    std::shuffle(m_cards.begin(), m_cards.end(), m_rng);
}

int ScenarioDeck::next()
{
    if (m_cards.empty())
        return 0;
    if (m_position == m_cards.size()) {
        std::shuffle(m_cards.begin(), m_cards.end(), m_rng);
        m_position = 0;
    }
    return m_cards[m_position++];
}

} // namespace ls
