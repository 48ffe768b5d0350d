#include "JtlImporter.h"

#include <QXmlStreamReader>

#include <array>
#include <string>

using namespace Qt::StringLiterals;

namespace ls {

namespace {

constexpr qsizetype maxRecordBytes = 16 * 1024 * 1024;
constexpr double maxElapsedMs = 1e12; // beyond any histogram (which keeps 1 h at most), and safe to convert

const QString headerHint = u"have JMeter write it with jmeter.save.saveservice.print_field_names=true"_s;

// The columns the importer reads; the others are ignored.
enum Column
{
    TimeStamp,
    Elapsed,
    Label,
    ResponseCode,
    ResponseMessage,
    Success,
    FailureMessage,
    Bytes,
    SentBytes,
    AllThreads,
    ColumnCount,
};
constexpr std::array<const char *, ColumnCount> columnNames = {
    "timeStamp", "elapsed",        "label", "responseCode", "responseMessage",
    "success",   "failureMessage", "bytes", "sentBytes",    "allThreads",
};

// RFC 4180 fields of one record, fed line by line (a quoted field may hold line breaks).
class CsvSplitter
{
public:
    enum class Status
    {
        Complete,
        NeedMore, // inside a quoted field at the end of the line
        Error,
    };

    void reset()
    {
        m_storage.clear();
        m_spans.clear();
        m_state = State::FieldStart;
        m_fieldStart = 0;
    }
    Status feed(QByteArrayView line, char delimiter, int lineNumber);
    qsizetype fieldCount() const { return qsizetype(m_spans.size()); }
    QByteArrayView field(qsizetype i) const
    {
        const auto &[offset, length] = m_spans[std::size_t(i)];
        return QByteArrayView(m_storage.data() + offset, length);
    }
    int quoteLine() const { return m_quoteLine; }
    const QString &error() const { return m_error; }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted, // a quote inside a quoted field: doubled, or the closing one
    };
    void endField()
    {
        m_spans.emplace_back(m_fieldStart, qsizetype(m_storage.size()) - m_fieldStart);
        m_fieldStart = qsizetype(m_storage.size());
        m_state = State::FieldStart;
    }

    std::string m_storage; // unquoted field contents, one after another
    std::vector<std::pair<qsizetype, qsizetype>> m_spans;
    State m_state = State::FieldStart;
    qsizetype m_fieldStart = 0;
    int m_quoteLine = 0;
    QString m_error;
};

CsvSplitter::Status CsvSplitter::feed(QByteArrayView line, char delimiter, int lineNumber)
{
    for (const char c : line) {
        switch (m_state) {
        case State::FieldStart:
            if (c == '"') {
                m_state = State::Quoted;
                m_quoteLine = lineNumber;
            } else if (c == delimiter) {
                endField();
            } else {
                m_storage += c;
                m_state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == delimiter)
                endField();
            else
                m_storage += c;
            break;
        case State::Quoted:
            if (c == '"')
                m_state = State::QuoteInQuoted;
            else
                m_storage += c;
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                m_storage += '"';
                m_state = State::Quoted;
            } else if (c == delimiter) {
                endField();
            } else {
                m_error =
                    u"a quoted field must end at a delimiter, not at %1"_s.arg(quotedForMessage(QByteArrayView(&c, 1)));
                return Status::Error;
            }
            break;
        }
    }
    if (m_state == State::Quoted) {
        m_storage += '\n';
        if (qsizetype(m_storage.size()) > maxRecordBytes) {
            m_error = u"a quoted field runs on for more than %1 MiB (a missing closing quote?)"_s.arg(maxRecordBytes /
                                                                                                      (1024 * 1024));
            return Status::Error;
        }
        return Status::NeedMore;
    }
    endField();
    return Status::Complete;
}

char detectDelimiter(QByteArrayView header)
{
    char best = ',';
    qsizetype bestCount = 0;
    for (const char candidate : {',', '\t', ';', '|'}) {
        const qsizetype count = header.count(candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

bool equalsIgnoringCase(QByteArrayView a, const char *b)
{
    return QLatin1StringView(a).compare(QLatin1StringView(b), Qt::CaseInsensitive) == 0;
}

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

// true/false (any case); nullopt for anything else.
std::optional<bool> parseBool(QByteArrayView text)
{
    const QLatin1StringView value(text.trimmed());
    if (value.compare("true"_L1, Qt::CaseInsensitive) == 0)
        return true;
    if (value.compare("false"_L1, Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

// An HTTP status from a response code ("200"); 0 for JMeter's "Non HTTP response code: ..." and the like.
int httpStatusOf(QByteArrayView code)
{
    const std::optional<qint64> status = parseInteger(code);
    return status && *status >= 100 && *status <= 999 ? int(*status) : 0;
}

// What one sample says, in either form; the importers fill it from columns or attributes.
struct JtlFields
{
    qint64 startUs = 0;
    double elapsedMs = 0;
    int scenario = 0;
    QByteArrayView responseCode;
    QByteArrayView responseMessage;
    std::optional<bool> success;
    QString failureMessage;
    qint64 bytes = 0;
    qint64 sentBytes = 0;
    int allThreads = -1;
};

ImportSample sampleOf(const JtlFields &f)
{
    ImportSample sample;
    sample.scenario = f.scenario;
    sample.startUs = f.startUs;
    sample.latencyUs = qint64(std::min(f.elapsedMs, maxElapsedMs) * 1000.0 + 0.5);
    sample.httpStatus = httpStatusOf(f.responseCode);
    sample.bytesReceived = f.bytes;
    sample.bytesSent = f.sentBytes;
    sample.activeUsers = f.allThreads;
    const bool success = f.success ? *f.success : sample.httpStatus >= 200 && sample.httpStatus < 400;
    if (success)
        return sample;
    const QString code = QString::fromUtf8(f.responseCode).trimmed();
    const QString message = QString::fromUtf8(f.responseMessage).trimmed();
    sample.error = classifyFailure(sample.httpStatus, QString(code + u' ' + message + u' ' + f.failureMessage));
    if (errorClassOf(sample.error) == ErrorClass::Http)
        sample.message = message.isEmpty() ? code : code + u' ' + message;
    else if (!f.failureMessage.trimmed().isEmpty())
        sample.message = f.failureMessage.trimmed();
    else
        sample.message = !message.isEmpty() ? message : code;
    if (sample.message.isEmpty())
        sample.message = u"failed (no message)"_s;
    return sample;
}

class CsvImporter
{
public:
    CsvImporter(ImportInput &input, ImportResult &result) : m_input(input), m_result(result) {}
    void run();

private:
    bool readHeader();
    bool readRecord(int line);
    std::optional<double> number(Column column, int line, bool integer);

    ImportInput &m_input;
    ImportResult &m_result;
    ImportBuilder m_builder;
    CsvSplitter m_splitter;
    char m_delimiter = ',';
    std::array<qsizetype, ColumnCount> m_column{};
    qsizetype m_headerFields = 0;
    bool m_datesSeen = false;
};

bool CsvImporter::readHeader()
{
    QByteArrayView line;
    while (m_input.nextLine(&line)) {
        if (m_input.lineNumber() == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3); // UTF-8 byte order mark
        if (!isBlank(line))
            break;
        line = {};
    }
    if (m_input.failed())
        return false;
    if (line.isEmpty())
        return m_input.fail(m_input.whole(u"no samples (the file is empty)"_s));
    const int lineNumber = m_input.lineNumber();
    m_delimiter = detectDelimiter(line);
    m_splitter.reset();
    const QString noHeader =
        u"no header line: the first line must name the columns (timeStamp,elapsed,label,...); "_s + headerHint;
    if (m_splitter.feed(line, m_delimiter, lineNumber) != CsvSplitter::Status::Complete)
        return m_input.failAt(lineNumber, noHeader);
    // A first line whose first field is a number is a sample: the file has no header line.
    if (parseNumber(m_splitter.field(0)) || parseJmeterTime(m_splitter.field(0)))
        return m_input.failAt(lineNumber, u"no header line: the first line is a sample, and the column names are "
                                          "needed; "_s +
                                              headerHint);
    m_column.fill(-1);
    bool anyKnown = false;
    m_headerFields = m_splitter.fieldCount();
    for (qsizetype i = 0; i < m_headerFields; ++i) {
        const QByteArrayView name = m_splitter.field(i).trimmed();
        for (int c = 0; c < ColumnCount; ++c) {
            const bool alias = c == Elapsed && equalsIgnoringCase(name, "time"); // JMeter's old name for elapsed
            if (m_column[std::size_t(c)] < 0 && (equalsIgnoringCase(name, columnNames[std::size_t(c)]) || alias)) {
                m_column[std::size_t(c)] = i;
                anyKnown = true;
            }
        }
    }
    if (!anyKnown)
        return m_input.failAt(lineNumber, noHeader);
    QStringList missing;
    for (const Column c : {TimeStamp, Elapsed, Label}) {
        if (m_column[std::size_t(c)] < 0)
            missing << QString::fromLatin1(columnNames[std::size_t(c)]);
    }
    if (!missing.isEmpty())
        return m_input.failAt(lineNumber,
                              u"the header has no %1 %2 (needed: timeStamp, elapsed, label)"_s.arg(
                                  missing.join(u" and "_s), missing.size() == 1 ? u"column"_s : u"columns"_s));
    if (m_column[Success] < 0 && m_column[ResponseCode] < 0)
        m_result.warnings << u"no success or responseCode column: every sample counts as a success"_s;
    return true;
}

std::optional<double> CsvImporter::number(Column column, int line, bool integer)
{
    const qsizetype index = m_column[std::size_t(column)];
    if (index < 0)
        return std::nullopt;
    const QByteArrayView text = m_splitter.field(index);
    if (text.trimmed().isEmpty())
        return std::nullopt;
    std::optional<double> value;
    if (integer) {
        if (const std::optional<qint64> i = parseInteger(text))
            value = double(*i);
    } else {
        value = parseNumber(text);
    }
    if (!value) {
        m_input.failAt(line, u"%1: %2 is not a number"_s.arg(QLatin1StringView(columnNames[std::size_t(column)]),
                                                             quotedForMessage(QByteArrayView(text))));
        return std::nullopt;
    }
    if (*value < 0) {
        m_input.failAt(line, u"%1: %2 is negative"_s.arg(QLatin1StringView(columnNames[std::size_t(column)]),
                                                         quotedForMessage(QByteArrayView(text))));
        return std::nullopt;
    }
    return value;
}

bool CsvImporter::readRecord(int line)
{
    if (m_splitter.fieldCount() != m_headerFields)
        return m_input.failAt(line, u"%1 %2, but the header names %3 columns"_s.arg(m_splitter.fieldCount())
                                        .arg(m_splitter.fieldCount() == 1 ? u"field"_s : u"fields"_s)
                                        .arg(m_headerFields));
    auto field = [&](Column c) {
        const qsizetype index = m_column[std::size_t(c)];
        return index < 0 ? QByteArrayView() : m_splitter.field(index);
    };
    JtlFields f;
    const QByteArrayView timeStamp = field(TimeStamp);
    const std::optional<qint64> start = parseJmeterTime(timeStamp);
    if (!start)
        return m_input.failAt(line, u"timeStamp: %1 is neither epoch milliseconds nor yyyy/MM/dd HH:mm:ss.SSS"_s.arg(
                                        quotedForMessage(timeStamp)));
    f.startUs = *start;
    if (!m_datesSeen && !parseInteger(timeStamp)) {
        m_datesSeen = true;
        m_result.warnings << u"timeStamp is a date without a time zone (jmeter.save.saveservice.timestamp_format); "
                             "read as UTC"_s;
    }
    if (field(Elapsed).trimmed().isEmpty())
        return m_input.failAt(line, u"elapsed: empty"_s);
    const std::optional<double> elapsed = number(Elapsed, line, false);
    if (!elapsed)
        return false;
    f.elapsedMs = *elapsed;
    f.scenario = m_builder.scenarioIndexUtf8(field(Label));
    f.responseCode = field(ResponseCode);
    f.responseMessage = field(ResponseMessage);
    if (m_column[Success] >= 0 && !field(Success).trimmed().isEmpty()) {
        f.success = parseBool(field(Success));
        if (!f.success)
            return m_input.failAt(line, u"success: %1 is not true or false"_s.arg(quotedForMessage(field(Success))));
    }
    if (m_column[FailureMessage] >= 0 && !field(FailureMessage).isEmpty())
        f.failureMessage = QString::fromUtf8(field(FailureMessage));
    f.bytes = qint64(number(Bytes, line, true).value_or(0));
    f.sentBytes = qint64(number(SentBytes, line, true).value_or(0));
    const std::optional<double> threads = number(AllThreads, line, true);
    f.allThreads = threads ? int(std::min(*threads, 1e9)) : -1;
    if (m_input.failed())
        return false;
    m_builder.add(sampleOf(f));
    return m_input.sample();
}

void CsvImporter::run()
{
    if (!readHeader())
        return;
    QByteArrayView line;
    int recordLine = 0;
    bool inRecord = false;
    while (m_input.nextLine(&line)) {
        if (!inRecord) {
            if (isBlank(line))
                continue;
            m_splitter.reset();
            recordLine = m_input.lineNumber();
        }
        switch (m_splitter.feed(line, m_delimiter, m_input.lineNumber())) {
        case CsvSplitter::Status::Error:
            m_input.failAt(m_input.lineNumber(), m_splitter.error());
            return;
        case CsvSplitter::Status::NeedMore:
            inRecord = true;
            break;
        case CsvSplitter::Status::Complete:
            inRecord = false;
            if (!readRecord(recordLine))
                return;
            break;
        }
    }
    if (m_input.failed())
        return;
    if (inRecord) {
        m_input.failAt(m_splitter.quoteLine(), u"the file ends inside a quoted field"_s);
        return;
    }
    if (m_builder.sampleCount() == 0) {
        m_input.fail(m_input.whole(u"no samples"_s));
        return;
    }
    m_result.report =
        m_builder.finish(m_input.baseName(), m_input.fileName(), ImportFormat::JmeterCsv, &m_result.warnings);
}

// --- XML ---

class XmlImporter
{
public:
    XmlImporter(ImportInput &input, ImportResult &result) : m_input(input), m_result(result), m_xml(&input.file()) {}
    void run();

private:
    bool readSample();
    void readAssertion(QString *failureMessage);
    bool attributeNumber(const QXmlStreamAttributes &attributes, QLatin1StringView name, int line, bool required,
                         double *out);

    ImportInput &m_input;
    ImportResult &m_result;
    QXmlStreamReader m_xml;
    ImportBuilder m_builder;
};

bool XmlImporter::attributeNumber(const QXmlStreamAttributes &attributes, QLatin1StringView name, int line,
                                  bool required, double *out)
{
    if (!attributes.hasAttribute(name)) {
        if (required)
            return m_input.failAt(line, u"<%1> has no \"%2\" attribute"_s.arg(m_xml.name(), name));
        return true;
    }
    const QByteArray text = attributes.value(name).toUtf8();
    const std::optional<double> value = parseNumber(text);
    if (!value)
        return m_input.failAt(line, u"%1: %2 is not a number"_s.arg(name, quotedForMessage(QByteArrayView(text))));
    if (*value < 0)
        return m_input.failAt(line, u"%1: %2 is negative"_s.arg(name, quotedForMessage(QByteArrayView(text))));
    *out = *value;
    return true;
}

void XmlImporter::readAssertion(QString *failureMessage)
{
    bool failed = false;
    QString message;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == "failure"_L1 || name == "error"_L1)
            failed = m_xml.readElementText().trimmed().compare("true"_L1, Qt::CaseInsensitive) == 0 || failed;
        else if (name == "failureMessage"_L1)
            message = m_xml.readElementText();
        else
            m_xml.skipCurrentElement();
    }
    if (failed && failureMessage->isEmpty())
        *failureMessage = message.isEmpty() ? u"assertion failed"_s : message;
}

bool XmlImporter::readSample()
{
    const int line = int(m_xml.lineNumber());
    const QXmlStreamAttributes attributes = m_xml.attributes();
    if (!attributes.hasAttribute("ts"_L1))
        return m_input.failAt(line, u"<%1> has no \"ts\" attribute"_s.arg(m_xml.name()));
    const QByteArray timeStamp = attributes.value("ts"_L1).toUtf8();
    const std::optional<qint64> startUs = parseJmeterTime(timeStamp);
    if (!startUs)
        return m_input.failAt(line,
                              u"ts: %1 is not epoch milliseconds"_s.arg(quotedForMessage(QByteArrayView(timeStamp))));
    double elapsedMs = 0, bytes = 0, sentBytes = 0, allThreads = -1;
    if (!attributeNumber(attributes, "t"_L1, line, true, &elapsedMs) ||
        !attributeNumber(attributes, "by"_L1, line, false, &bytes) ||
        !attributeNumber(attributes, "sby"_L1, line, false, &sentBytes) ||
        !attributeNumber(attributes, "na"_L1, line, false, &allThreads))
        return false;
    JtlFields f;
    f.startUs = *startUs;
    f.elapsedMs = elapsedMs;
    f.scenario = m_builder.scenarioIndex(attributes.value("lb"_L1).toString());
    const QByteArray code = attributes.value("rc"_L1).toUtf8();
    const QByteArray message = attributes.value("rm"_L1).toUtf8();
    f.responseCode = code;
    f.responseMessage = message;
    if (attributes.hasAttribute("s"_L1)) {
        f.success = parseBool(attributes.value("s"_L1).toUtf8());
        if (!f.success)
            return m_input.failAt(
                line, u"s: %1 is not true or false"_s.arg(quotedForMessage(attributes.value("s"_L1).toString())));
    }
    f.bytes = qint64(bytes);
    f.sentBytes = qint64(sentBytes);
    f.allThreads = int(std::min(allThreads, 1e9));
    // Children: assertion results count; nested samples are parts of this request, not requests of their own.
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == "assertionResult"_L1)
            readAssertion(&f.failureMessage);
        else
            m_xml.skipCurrentElement();
    }
    if (m_xml.hasError())
        return false;
    m_builder.add(sampleOf(f));
    return m_input.sample();
}

void XmlImporter::run()
{
    bool rootSeen = false;
    while (!m_xml.atEnd() && !m_input.failed()) {
        m_xml.readNext();
        if (m_xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        if (!rootSeen) {
            if (m_xml.name() != "testResults"_L1) {
                m_input.failAt(int(m_xml.lineNumber()),
                               u"expected <testResults> as the root element, not <%1>"_s.arg(m_xml.name()));
                return;
            }
            rootSeen = true;
            continue;
        }
        if (m_xml.name() == "httpSample"_L1 || m_xml.name() == "sample"_L1)
            readSample();
        else
            m_xml.skipCurrentElement();
    }
    if (m_input.failed())
        return;
    if (m_xml.hasError()) {
        m_input.failAt(int(m_xml.lineNumber()), u"not valid XML: "_s + m_xml.errorString());
        return;
    }
    if (m_builder.sampleCount() == 0) {
        m_input.fail(m_input.whole(u"no samples"_s));
        return;
    }
    m_result.report =
        m_builder.finish(m_input.baseName(), m_input.fileName(), ImportFormat::JmeterXml, &m_result.warnings);
}

} // namespace

void importJtlCsv(ImportInput &input, ImportResult &result)
{
    CsvImporter(input, result).run();
}

void importJtlXml(ImportInput &input, ImportResult &result)
{
    XmlImporter(input, result).run();
}

} // namespace ls
