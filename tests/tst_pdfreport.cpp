// The PDF report from a fixed run: its text (pdftotext) carries the verdict, the phases and their figures, and
// every page renders (pdftoppm). Needs poppler-utils (installed by scripts/install-deps.sh).

#include "PdfReport.h"
#include "SyntheticRuns.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ls;
using namespace ls::test;
using namespace Qt::StringLiterals;

namespace {

RunReport fixedRun()
{
    RunReport r = seedLikeRun(1.0, 1, 0.0);
    // One failure with a message, so the error section has a sample.
    RequestOutcome failed;
    failed.error = errorKey(ErrorClass::Timeout);
    failed.message = u"no complete response within the timeout (30000 ms; waiting for the response)"_s;
    r.phases[3].totals.record(failed);
    r.evaluate();
    return r;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class PdfReportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QFAIL("pdftotext is missing: run scripts/install-deps.sh (poppler-utils)");
    }

    void textCarriesVerdictPhasesAndFigures()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"report.pdf"_s);
        QString error;
        RunReport report = fixedRun();
        report.plan.headers = {{u"Authorization"_s, u"Bearer s3cret"_s, false}};
        QVERIFY2(writePdfReport(report, pdf, {}, &error), qPrintable(error));
        const QString text = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.contains(u"Overall verdict: ✖ FAIL"_s), qPrintable(text.left(800)));
        QVERIFY(text.contains(u"Not ready: P95 latency in stress was"_s));
        for (const char *phase : {"baseline", "normal", "peak", "stress"})
            QVERIFY2(text.contains(QLatin1String(phase)), phase);
        // The stress phase's P95 in the targets table, and its throughput among the key figures.
        const QString p95 = QLocale().toString(report.phases[3].metrics().p95Ms, 'f', 0) + u" ms"_s;
        QVERIFY2(text.contains(p95), qPrintable(p95));
        QVERIFY(text.contains(u"Scaling stops between 500 and 1000 users"_s));
        QVERIFY(text.contains(u"no complete response within the timeout"_s));
        QVERIFY(text.contains(u"Closed model"_s));
        QVERIFY(text.contains(u"Page 1 of"_s));
        // The plan at the end, its secret header hidden.
        QVERIFY(!text.contains(u"s3cret"_s));
        QVERIFY(text.contains(u"<redacted>"_s));
    }

    void everyPageRenders()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"report.pdf"_s);
        const RunReport base = fixedRun();
        RunReport now = fixedRun();
        const RunComparison comparison = compareRuns(base, now, alignPhases(base, now));
        PdfReportOptions options;
        options.comparedWith = &base;
        options.comparison = &comparison;
        QString error;
        QVERIFY2(writePdfReport(now, pdf, options, &error), qPrintable(error));
        const QString info = run(u"pdfinfo"_s, {pdf});
        QVERIFY(info.contains(u"595 x 842 pts (A4)"_s));
        const int pages = info.section(u"Pages:"_s, 1).trimmed().section(QLatin1Char('\n'), 0, 0).toInt();
        QVERIFY(pages >= 5);
        QVERIFY(run(u"pdftotext"_s, {pdf, u"-"_s}).contains(u"Compared with AskProAI"_s));
        QProcess render;
        render.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"30"_s, pdf, dir.filePath(u"page"_s)});
        QVERIFY(render.waitForFinished(60000));
        QCOMPARE(render.exitCode(), 0);
        QCOMPARE(QDir(dir.path()).entryList({u"page*.png"_s}).size(), pages);
        // Every font embedded (pdffonts' "emb" column), so the PDF prints the same anywhere.
        const QStringList fontRows = run(u"pdffonts"_s, {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontRows.isEmpty());
        for (const QString &row : fontRows)
            QVERIFY2(row.contains(u" yes "_s), qPrintable(row));
    }

    void unwritablePathIsAnError()
    {
        QString error;
        QVERIFY(!writePdfReport(fixedRun(), u"/nonexistent-dir/report.pdf"_s, {}, &error));
        QVERIFY(error.contains(u"/nonexistent-dir/report.pdf"_s));
    }
};

QTEST_MAIN(PdfReportTest)
#include "tst_pdfreport.moc"
