// Request templates: each placeholder, syntax errors, environment variables, and {{seq}} under concurrency.

#include "plan/Template.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace ls;

class TemplateTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray expandOnce(const QString &text)
    {
        Template t;
        QString error;
        if (!Template::compile(text, &t, &error))
            return "COMPILE ERROR: " + error.toUtf8();
        std::mt19937_64 rng(42);
        std::atomic<quint64> sequence{1}; // as the engine sets it up
        TemplateContext context{&rng, &sequence};
        return t.expand(context);
    }

private Q_SLOTS:
    void literalTextIsByteExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("ascii") << u"/api/health"_s;
        QTest::addRow("utf8") << u"Grüße, 日本語, emoji \U0001F680"_s;
        QTest::addRow("json") << u"{\"a\": {\"b\": [1, 2, {}]}}"_s;
        QTest::addRow("lone braces") << u"{ } {x} }} $ $x {$"_s;
        QTest::addRow("single brace at end") << u"abc{"_s;
        QTest::addRow("dollar at end") << u"cost: 5$"_s;
    }
    void literalTextIsByteExact()
    {
        QFETCH(QString, text);
        QCOMPARE(expandOnce(text), text.toUtf8());
        Template t;
        QVERIFY(Template::compile(text, &t, nullptr));
        QVERIFY(t.isConstant());
        QVERIFY(!t.usesEnvironment());
    }

    void tripleBraceIsLiteralBraceAndPlaceholder()
    {
        const QByteArray out = expandOnce(u"{{{seq}}}"_s);
        QCOMPARE(out, QByteArray("{1}"));
    }

    void randomStaysInBoundsAndHitsBoth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::addRow("1..20") << u"{{random:1:20}}"_s << qint64(1) << qint64(20);
        QTest::addRow("negative") << u"{{random:-5:-1}}"_s << qint64(-5) << qint64(-1);
        QTest::addRow("across zero") << u"{{random:-3:+3}}"_s << qint64(-3) << qint64(3);
        QTest::addRow("single value") << u"{{random:7:7}}"_s << qint64(7) << qint64(7);
    }
    void randomStaysInBoundsAndHitsBoth()
    {
        QFETCH(QString, text);
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        Template t;
        QString error;
        QVERIFY2(Template::compile(text, &t, &error), qPrintable(error));
        QVERIFY(!t.isConstant());
        std::mt19937_64 rng(7);
        TemplateContext context{&rng, nullptr};
        bool sawLow = false, sawHigh = false;
        for (int i = 0; i < 5000; ++i) {
            bool ok = false;
            const qint64 v = t.expand(context).toLongLong(&ok);
            QVERIFY(ok);
            QVERIFY2(v >= low && v <= high, qPrintable(QString::number(v)));
            sawLow |= v == low;
            sawHigh |= v == high;
        }
        QVERIFY(sawLow);
        QVERIFY(sawHigh);
    }

    void randomIsReproducibleFromTheSeed()
    {
        Template t;
        QVERIFY(Template::compile(u"{{random:0:1000000}}-{{uuid}}"_s, &t, nullptr));
        std::mt19937_64 a(123), b(123);
        TemplateContext ca{&a, nullptr}, cb{&b, nullptr};
        for (int i = 0; i < 10; ++i)
            QCOMPARE(t.expand(ca), t.expand(cb));
    }

    void uuidHasV4FormatAndIsUnique()
    {
        Template t;
        QVERIFY(Template::compile(u"{{uuid}}"_s, &t, nullptr));
        QVERIFY(!t.isConstant());
        static const QRegularExpression format(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
        std::mt19937_64 rng(1);
        TemplateContext context{&rng, nullptr};
        QSet<QByteArray> seen;
        for (int i = 0; i < 10000; ++i) {
            const QByteArray uuid = t.expand(context);
            QVERIFY2(format.match(QString::fromLatin1(uuid)).hasMatch(), uuid.constData());
            seen.insert(uuid);
        }
        QCOMPARE(seen.size(), 10000);
    }

    void dateOffsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("days");
        QTest::addRow("today") << u"{{date}}"_s << 0;
        QTest::addRow("+1d") << u"{{date:+1d}}"_s << 1;
        QTest::addRow("-7d") << u"{{date:-7d}}"_s << -7;
        QTest::addRow("+0d") << u"{{date:+0d}}"_s << 0;
        QTest::addRow("400d") << u"{{date:400d}}"_s << 400;
    }
    void dateOffsets()
    {
        QFETCH(QString, text);
        QFETCH(int, days);
        // Around midnight the date could change between the two lookups; try again once.
        for (int attempt = 0; attempt < 2; ++attempt) {
            const QString expected = QDate::currentDate().addDays(days).toString(Qt::ISODate);
            const QByteArray out = expandOnce(text);
            if (QString::fromLatin1(out) == expected)
                return;
        }
        QCOMPARE(QString::fromLatin1(expandOnce(text)), QDate::currentDate().addDays(days).toString(Qt::ISODate));
    }

    void placeholdersMixWithLiteralText()
    {
        const QByteArray out =
            expandOnce(u"{\"date\": \"{{date:+1d}}\", \"service_id\": {{random:1:20}}, \"n\": {{seq}}}"_s);
        static const QRegularExpression shape(
            u"^\\{\"date\": \"\\d{4}-\\d{2}-\\d{2}\", \"service_id\": (\\d+), \"n\": 1\\}$"_s);
        const QRegularExpressionMatch m = shape.match(QString::fromUtf8(out));
        QVERIFY2(m.hasMatch(), out.constData());
        QVERIFY(m.captured(1).toInt() >= 1 && m.captured(1).toInt() <= 20);
    }

    void sequenceCountsFromOne()
    {
        Template t;
        QVERIFY(Template::compile(u"#{{seq}}"_s, &t, nullptr));
        std::atomic<quint64> sequence{1}; // as the engine sets it up
        TemplateContext context{nullptr, &sequence};
        QCOMPARE(t.expand(context), QByteArray("#1"));
        QCOMPARE(t.expand(context), QByteArray("#2"));
        QCOMPARE(t.expand(context), QByteArray("#3"));
        QCOMPARE(sequence.load(), quint64(4)); // the next one to hand out
    }

    void sequenceIsUniqueAcrossThreads()
    {
        Template t;
        QVERIFY(Template::compile(u"{{seq}}"_s, &t, nullptr));
        constexpr int threads = 4;
        constexpr int perThread = 10000;
        std::atomic<quint64> sequence{1}; // as the engine sets it up
        std::vector<std::vector<quint64>> results(threads);
        std::vector<std::thread> workers;
        for (int i = 0; i < threads; ++i) {
            workers.emplace_back([&, i] {
                TemplateContext context{nullptr, &sequence};
                results[size_t(i)].reserve(perThread);
                for (int n = 0; n < perThread; ++n)
                    results[size_t(i)].push_back(t.expand(context).toULongLong());
            });
        }
        for (std::thread &w : workers)
            w.join();
        std::vector<bool> seen(threads * perThread + 1, false);
        for (const auto &list : results) {
            for (quint64 v : list) {
                QVERIFY(v >= 1 && v <= quint64(threads * perThread));
                QVERIFY2(!seen[v], qPrintable(QString::number(v)));
                seen[v] = true;
            }
        }
        QCOMPARE(sequence.load(), quint64(threads * perThread + 1));
    }

    void environmentVariables()
    {
        qputenv("LS_TST_TOKEN", "s3cr3t");
        qunsetenv("LS_TST_UNSET");
        Template t;
        QString error;
        QVERIFY2(Template::compile(u"Bearer ${env:LS_TST_TOKEN}"_s, &t, &error), qPrintable(error));
        QVERIFY(t.usesEnvironment());
        QVERIFY(t.isConstant()); // resolved at compile time
        TemplateContext context;
        QCOMPARE(t.expand(context), QByteArray("Bearer s3cr3t"));

        QVERIFY(!Template::compile(u"Bearer ${env:LS_TST_UNSET}"_s, &t, &error));
        QCOMPARE(error, u"environment variable LS_TST_UNSET is not set"_s);
        // Syntax checks do not need the variable.
        QVERIFY(Template::checkSyntax(u"Bearer ${env:LS_TST_UNSET}"_s, &error));

        QCOMPARE(Template::environmentVariables(u"${env:A} x ${env:B_2} ${env:A} {{uuid}}"_s),
                 QStringList({u"A"_s, u"B_2"_s}));
        QCOMPARE(Template::environmentVariables(u"no variables"_s), QStringList());

        qputenv("LS_TST_EMPTY", "");
        QVERIFY2(Template::compile(u"[${env:LS_TST_EMPTY}]"_s, &t, &error), qPrintable(error));
        QCOMPARE(t.expand(context), QByteArray("[]"));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString valid = u"valid placeholders are {{random:A:B}}, {{uuid}}, {{date}}, {{date:+Nd}}, {{date:-Nd}}, "
                              u"{{seq}} and ${env:NAME}"_s;
        QTest::addRow("unknown") << u"/x/{{foo}}"_s << u"unknown placeholder \"{{foo}}\"; "_s + valid;
        QTest::addRow("unknown uppercase") << u"{{UUID}}"_s << u"unknown placeholder \"{{UUID}}\"; "_s + valid;
        QTest::addRow("spaces") << u"{{ uuid }}"_s << u"unknown placeholder \"{{ uuid }}\"; "_s + valid;
        QTest::addRow("empty") << u"{{}}"_s << u"unknown placeholder \"{{}}\"; "_s + valid;
        QTest::addRow("unclosed") << u"abc {{uuid"_s << u"unclosed \"{{\" at character 5 (missing \"}}\")"_s;
        QTest::addRow("unclosed after utf8") << u"äöü{{seq"_s << u"unclosed \"{{\" at character 4 (missing \"}}\")"_s;
        QTest::addRow("unclosed single brace") << u"{{seq}"_s << u"unclosed \"{{\" at character 1 (missing \"}}\")"_s;
        QTest::addRow("random one bound") << u"{{random:1}}"_s
                                          << u"malformed placeholder \"{{random:1}}\": expected {{random:A:B}} with "
                                             u"integers A <= B"_s;
        QTest::addRow("random not integers") << u"{{random:a:b}}"_s
                                             << u"malformed placeholder \"{{random:a:b}}\": expected {{random:A:B}} "
                                                u"with integers A <= B"_s;
        QTest::addRow("random decimals") << u"{{random:1.5:2}}"_s
                                         << u"malformed placeholder \"{{random:1.5:2}}\": expected {{random:A:B}} "
                                            u"with integers A <= B"_s;
        QTest::addRow("random reversed")
            << u"{{random:9:1}}"_s << u"\"{{random:9:1}}\": the lower bound 9 is greater than the upper bound 1"_s;
        QTest::addRow("date word") << u"{{date:tomorrow}}"_s
                                   << u"malformed placeholder \"{{date:tomorrow}}\": expected {{date}}, {{date:+Nd}} "
                                      u"or {{date:-Nd}}"_s;
        QTest::addRow("date no unit") << u"{{date:+1}}"_s
                                      << u"malformed placeholder \"{{date:+1}}\": expected {{date}}, {{date:+Nd}} or "
                                         u"{{date:-Nd}}"_s;
        QTest::addRow("date too far") << u"{{date:+99999999d}}"_s
                                      << u"\"{{date:+99999999d}}\": day offset out of range (at most 1000000 days)"_s;
        QTest::addRow("dollar not env") << u"${HOME}"_s
                                        << u"unknown placeholder \"${HOME}\"; environment variables are written "
                                           u"${env:NAME}"_s;
        QTest::addRow("env bad name") << u"${env:A-B}"_s
                                      << u"malformed placeholder \"${env:A-B}\": expected ${env:NAME} with a name of "
                                         u"letters, digits and '_'"_s;
        QTest::addRow("env empty")
            << u"${env:}"_s
            << u"malformed placeholder \"${env:}\": expected ${env:NAME} with a name of letters, "
               u"digits and '_'"_s;
        QTest::addRow("env unclosed") << u"x ${env:TOKEN"_s << u"unclosed \"${\" at character 3 (missing \"}\")"_s;
    }
    void syntaxErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Template::checkSyntax(text, &error));
        QCOMPARE(error, message);
        Template t;
        error.clear();
        QVERIFY(!Template::compile(text, &t, &error));
        QCOMPARE(error, message);
    }

    void isConstant()
    {
        Template t;
        QVERIFY(t.isConstant()); // default: empty text
        TemplateContext context;
        QCOMPARE(t.expand(context), QByteArray());
        for (const QString &dynamic : {u"{{uuid}}"_s, u"a{{seq}}"_s, u"{{date}}"_s, u"{{random:1:2}}b"_s}) {
            QVERIFY(Template::compile(dynamic, &t, nullptr));
            QVERIFY2(!t.isConstant(), qPrintable(dynamic));
        }
        QVERIFY(Template::compile(u"/api/health"_s, &t, nullptr));
        QVERIFY(t.isConstant());
    }

    void missingContextDoesNotCrash()
    {
        Template t;
        QVERIFY(Template::compile(u"{{uuid}} {{random:1:3}} {{seq}}"_s, &t, nullptr));
        TemplateContext context; // no rng, no counter
        QCOMPARE(t.expand(context).split(' ').size(), 3);
    }
};

QTEST_GUILESS_MAIN(TemplateTest)
#include "tst_template.moc"
