#include "Significance.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace ls {

namespace {

// Sentences shown in the app, the CLI and the PDF, translated in the "Significance" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Significance)
};

double mean(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

// The mean of one circular-block bootstrap resample of v (as many values as v has). Blocks wrap around the
// end, so the first and last seconds are drawn as often as the others.
double resampledMean(const std::vector<double> &v, int block, std::mt19937_64 &rng)
{
    const std::size_t n = v.size();
    const std::size_t b = std::min<std::size_t>(std::size_t(std::max(1, block)), n);
    std::uniform_int_distribution<std::size_t> start(0, n - 1);
    double sum = 0;
    std::size_t taken = 0;
    while (taken < n) {
        const std::size_t s = start(rng);
        for (std::size_t i = 0; i < b && taken < n; ++i, ++taken)
            sum += v[(s + i) % n];
    }
    return sum / double(n);
}

} // namespace

SignificanceResult judgeDifference(const std::vector<double> &base, const std::vector<double> &other,
                                   const SignificanceOptions &options)
{
    SignificanceResult r;
    const auto shortest = std::min(base.size(), other.size());
    if (shortest < std::size_t(options.minimumSeconds)) {
        r.why = Text::tr("not judged: %1 steady seconds, at least %2 needed in each run")
                    .arg(shortest)
                    .arg(options.minimumSeconds);
        return r;
    }
    r.judged = true;
    r.meanDifference = mean(other) - mean(base);
    std::mt19937_64 rng(options.seed);
    std::vector<double> differences(std::size_t(std::max(100, options.resamples)));
    for (double &d : differences)
        d = resampledMean(other, options.blockSeconds, rng) - resampledMean(base, options.blockSeconds, rng);
    std::sort(differences.begin(), differences.end());
    const double tail = (1.0 - options.confidence) / 2.0;
    auto quantile = [&](double q) {
        const auto i = std::size_t(std::clamp(q * double(differences.size() - 1), 0.0, double(differences.size() - 1)));
        return differences[i];
    };
    r.low = quantile(tail);
    r.high = quantile(1.0 - tail);
    r.significant = r.low > 0 || r.high < 0;
    return r;
}

QString significanceMethodNote(const SignificanceOptions &options)
{
    return Text::tr("Significant = the %1% bootstrap interval of the difference (per-second values of the "
                    "steady state, resampled %2 times in circular %3 s blocks) excludes zero; fewer than %4 steady "
                    "seconds: not judged.")
        .arg(options.confidence * 100, 0, 'g', 3)
        .arg(options.resamples)
        .arg(options.blockSeconds)
        .arg(options.minimumSeconds);
}

} // namespace ls
