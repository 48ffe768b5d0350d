#pragma once
// Turns a plan's scenarios into requests (templates compiled once, expanded per request) and judges
// responses against the scenario's checks. Immutable after creation: all workers share one.

#include "PhaseStats.h"
#include "Plan.h"
#include "Template.h"
#include "Transport.h"

#include <QString>

#include <atomic>
#include <optional>
#include <random>
#include <vector>

namespace ls {

class RequestFactory
{
public:
    // Fails when a template does not compile (e.g. an unset ${env:...}); error names the scenario and field.
    static std::optional<RequestFactory> create(const Plan &plan, QString *error);

    int scenarioCount() const { return int(m_scenarios.size()); }
    HttpRequest build(int scenario, TemplateContext &context) const;
    // Fills outcome.error / httpStatus / message from the response and the scenario's checks.
    void judge(int scenario, const HttpResponse &response, RequestOutcome &outcome) const;

private:
    struct CompiledHeader
    {
        QByteArray name;
        Template value;
    };
    struct CompiledScenario
    {
        QByteArray method;
        Template url; // base_url + path
        std::vector<CompiledHeader> headers;
        Template body;
        ResponseCheck check;
        QByteArray bodyContains;
        std::vector<QString> jsonPath; // check.jsonField split at dots
    };
    std::vector<CompiledScenario> m_scenarios;
};

// Picks scenarios so that their shares hold closely over any stretch of requests while the order stays
// random: a shuffled deck of 200 cards apportioned by weight, reshuffled when used up.
class ScenarioDeck
{
public:
    ScenarioDeck(const std::vector<double> &weights, quint64 seed);
    int next();

private:
    std::vector<int> m_cards;
    std::size_t m_position = 0;
    std::mt19937_64 m_rng;
};

} // namespace ls
