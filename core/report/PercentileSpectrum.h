#pragma once
// The percentile spectrum of a latency histogram, the way HdrHistogram plots it: latency against percentile on a
// "nines" scale. x = 1 / (1 - p) grows tenfold with every added nine (90% -> 10, 99% -> 100, 99.9% -> 1000), so on
// a log axis the tail gets as much room as the median and the last nines are not squeezed into the right edge.

#include "Histogram.h"

#include <QString>

#include <vector>

namespace ls {

struct SpectrumPoint
{
    double percentile = 0; // e.g. 99.9
    double nines = 0;      // 1 / (1 - percentile / 100): 2 at 50%, 10 at 90%, 100 at 99%
    double valueMs = 0;    // the latency at that percentile
};

struct SpectrumOptions
{
    double fromPercentile = 50;
    double toPercentile = 99.99;
    // HdrHistogram's percentileTicksPerHalfDistance: points per halving of the distance to 100%.
    int ticksPerHalfDistance = 5;
    double valuesPerMs = 1000; // the histogram holds microseconds
};

// Points from fromPercentile to toPercentile (both included), denser towards the tail exactly as HdrHistogram's
// percentile iterator steps: each halving of the distance to 100% gets ticksPerHalfDistance points. Values are
// Histogram::valueAtPercentile, so they agree with the report's p50/p95/p99. Empty for an empty histogram.
std::vector<SpectrumPoint> percentileSpectrum(const Histogram &histogram, const SpectrumOptions &options = {});

// 1 / (1 - percentile / 100); percentile must be below 100.
double ninesOf(double percentile);
// Inverse of ninesOf.
double percentileOfNines(double nines);

struct SpectrumTick
{
    double percentile; // 50, 90, 99, 99.9, ...
    double nines;      // ninesOf(percentile)
    QString label;     // "50%", "90%", "99%", "99.9%" (no translation needed: numbers and a percent sign)
};
// Axis labels for a spectrum up to toPercentile: 50%, then one per added nine (90%, 99%, 99.9%, ...).
std::vector<SpectrumTick> spectrumTicks(double toPercentile = 99.99);

} // namespace ls
