#pragma once
// A log-linear latency histogram in the design of HdrHistogram: a fixed number of buckets, O(1) record,
// exact merge, values kept to 3 significant digits. Values are integers, by convention microseconds.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace ls {

class Histogram
{
public:
    static constexpr int64_t defaultLowest = 1;                // 1 us
    static constexpr int64_t defaultHighest = 3'600'000'000LL; // 1 h in us
    static constexpr int defaultSignificantDigits = 3;

    explicit Histogram(int64_t lowestDiscernibleValue = defaultLowest, int64_t highestTrackableValue = defaultHighest,
                       int significantDigits = defaultSignificantDigits);

    // Values below lowest count as lowest, above highest as highest (never dropped); negative values as 0.
    // Zero itself is a valid value (kept in the 0 bucket). A count <= 0 records nothing.
    void record(int64_t value, int64_t count = 1);
    // HdrHistogram's expected-interval correction for coordinated omission.
    void recordCorrected(int64_t value, int64_t expectedInterval, int64_t count = 1);
    // A copy as if every value had been recorded with recordCorrected(value, expectedInterval): the view of a
    // closed-model test had requests gone out on schedule (HdrHistogram's copyCorrectedForCoordinatedOmission).
    Histogram correctedForCoordinatedOmission(int64_t expectedInterval) const;
    // Exact merge; both must have the same configuration (returns false otherwise, leaving this unchanged).
    bool add(const Histogram &other);
    void reset();

    int64_t totalCount() const { return m_totalCount; }
    bool isEmpty() const { return m_totalCount == 0; }
    // min/max are reported at bucket resolution (lowest / highest equivalent value), as HdrHistogram does,
    // so that a decoded histogram reports exactly what the original did.
    int64_t min() const; // 0 when empty
    int64_t max() const; // 0 when empty
    // Mean and population standard deviation over bucket midpoints (HdrHistogram's getMean/getStdDeviation).
    double mean() const;
    double stddev() const;
    // Smallest recorded value v such that percentile% of values are <= v, reported as the highest value
    // equivalent to v (as HdrHistogram does). percentile in [0, 100]. 0 when empty.
    // Exactly percentile 0 reports the lowest equivalent value instead, again as HdrHistogram does.
    int64_t valueAtPercentile(double percentile) const;
    int64_t countAtValue(int64_t value) const;

    int64_t lowestDiscernibleValue() const { return m_lowest; }
    int64_t highestTrackableValue() const { return m_highest; }
    int significantDigits() const { return m_significantDigits; }
    std::size_t memoryBytes() const;

    // Distinct recorded values: (highest equivalent value, count) for each non-empty bucket, ascending.
    struct Bucket
    {
        int64_t value;
        int64_t count;
    };
    std::vector<Bucket> buckets() const;

    // HdrHistogram V2 compressed encoding, base64 (the form used in .hlog interval logs). See docs/hdr-encoding.md.
    // Decoding accepts any valid V2 configuration (not only the defaults); *error is set only on failure.
    QByteArray toCompressedBase64() const;
    QByteArray toCompressed() const;
    static std::optional<Histogram> fromCompressedBase64(const QByteArray &base64, QString *error = nullptr);
    static std::optional<Histogram> fromCompressed(const QByteArray &bytes, QString *error = nullptr);

    bool operator==(const Histogram &other) const;

    // Helpers exposed for tests.
    int64_t lowestEquivalentValue(int64_t value) const;
    int64_t highestEquivalentValue(int64_t value) const;

private:
    int countsIndexFor(int64_t value) const;
    int64_t valueFromIndex(int index) const;
    int bucketIndexFor(int64_t value) const;
    int64_t sizeOfEquivalentRange(int64_t value) const;
    int64_t medianEquivalentValue(int64_t value) const;
    int64_t clampToRange(int64_t value) const;
    int maxRecordedIndex() const;
    // Recomputes total, min and max from m_counts (after decoding).
    void rebuildSummaryFromCounts();
    // Why (lowest, highest, digits) is not a valid configuration, or an empty string when it is.
    static QString configurationError(int64_t lowest, int64_t highest, int significantDigits);

    int64_t m_lowest;
    int64_t m_highest;
    int m_significantDigits;
    int m_unitMagnitude = 0;
    int m_subBucketHalfCountMagnitude = 0;
    int m_subBucketCount = 0;
    int m_subBucketHalfCount = 0;
    int64_t m_subBucketMask = 0;
    int m_bucketCount = 0;
    int m_leadingZeroCountBase = 0;
    std::vector<int64_t> m_counts;
    int64_t m_totalCount = 0;
    int64_t m_minNonZero = INT64_MAX; // smallest non-zero value recorded (raw, after clamping)
    int64_t m_max = 0;                // largest value recorded (raw, after clamping)
};

} // namespace ls
