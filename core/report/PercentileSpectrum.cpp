#include "PercentileSpectrum.h"

#include <algorithm>
#include <cmath>

namespace ls {

double ninesOf(double percentile)
{
    return 1.0 / (1.0 - percentile / 100.0);
}

double percentileOfNines(double nines)
{
    return 100.0 * (1.0 - 1.0 / nines);
}

std::vector<SpectrumPoint> percentileSpectrum(const Histogram &histogram, const SpectrumOptions &options)
{
    std::vector<SpectrumPoint> points;
    if (histogram.isEmpty() || options.toPercentile >= 100 || options.fromPercentile > options.toPercentile)
        return points;
    const int ticks = std::max(1, options.ticksPerHalfDistance);
    auto add = [&](double percentile) {
        const double value = double(histogram.valueAtPercentile(percentile)) / options.valuesPerMs;
        points.push_back({percentile, ninesOf(percentile), value});
    };
    // HdrHistogram's PercentileIterator: the step is 100 / (ticks * 2^(floor(log2(100 / (100 - p))) + 1)), so
    // 50..75 goes in steps of 5, 75..87.5 in steps of 2.5, and so on towards 100.
    double percentile = std::max(0.0, options.fromPercentile);
    // Tolerance so that accumulated steps landing a hair below toPercentile do not add a near-duplicate point.
    const double epsilon = 1e-9;
    while (percentile < options.toPercentile - epsilon) {
        add(percentile);
        const double halvings = std::floor(std::log2(100.0 / (100.0 - percentile)));
        percentile += 100.0 / (double(ticks) * std::pow(2.0, halvings + 1));
    }
    add(options.toPercentile);
    return points;
}

std::vector<SpectrumTick> spectrumTicks(double toPercentile)
{
    std::vector<SpectrumTick> ticks;
    ticks.push_back({50, ninesOf(50), QStringLiteral("50%")});
    // 90, 99, 99.9, ...: one tick per nine, as long as it is within range (with a little rounding slack).
    for (int digits = 1; digits <= 9; ++digits) {
        const double percentile = 100.0 - 100.0 / std::pow(10.0, digits);
        if (percentile > toPercentile + 1e-9)
            break;
        const int decimals = std::max(0, digits - 2);
        ticks.push_back({percentile, ninesOf(percentile), QString::number(percentile, 'f', decimals) + u'%'});
    }
    return ticks;
}

} // namespace ls
