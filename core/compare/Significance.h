#pragma once
// Is a difference between two runs more than run-to-run noise? Judged from the per-second values of each
// phase's steady state with a moving-block bootstrap: seconds are resampled in blocks (neighbouring seconds
// are correlated), the difference of the means is recomputed many times, and the difference counts as
// significant when its confidence interval does not contain zero.

#include <QString>

#include <vector>

namespace ls {

struct SignificanceOptions
{
    double confidence = 0.99; // two-sided; 0.99 keeps false alarms between identical runs rare
    int resamples = 2000;
    int blockSeconds = 5;
    int minimumSeconds = 10; // fewer steady seconds in either run: not judged
    quint64 seed = 1;        // fixed, so the same reports always give the same verdict
};

struct SignificanceResult
{
    bool judged = false;       // false: not enough per-second data (why says so)
    bool significant = false;  // the interval excludes zero
    double meanDifference = 0; // mean(other) - mean(base), in the metric's unit
    double low = 0, high = 0;  // its confidence interval
    QString why;               // when not judged
};

SignificanceResult judgeDifference(const std::vector<double> &base, const std::vector<double> &other,
                                   const SignificanceOptions &options = {});
// One line for the UI and the CLI on how significance was judged.
QString significanceMethodNote(const SignificanceOptions &options = {});

} // namespace ls
