// The crash-recovery file of the desktop app: written atomically, read back exactly, refused when foreign.

#include "PlanJson.h"
#include "RecoveryFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ls;

class RecoveryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QFile resource(QStringLiteral(":/plans/askproai.json"));
        QVERIFY(resource.open(QIODevice::ReadOnly));
        const auto plan = parsePlan(resource.readAll()).plan;
        QVERIFY(plan.has_value());
        QTemporaryDir dir;
        RecoveryFile recovery(dir.filePath(QStringLiteral("sub/recovery.json")));
        QVERIFY(!recovery.exists());
        QString error;
        QVERIFY2(recovery.write(*plan, QStringLiteral("/home/user/plan.json"), &error), qPrintable(error));
        QVERIFY(recovery.exists());
        const auto recovered = recovery.read(&error);
        QVERIFY2(recovered.has_value(), qPrintable(error));
        QVERIFY(recovered->plan == *plan);
        QCOMPARE(recovered->originalPath, QStringLiteral("/home/user/plan.json"));
        QVERIFY(recovered->savedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        recovery.remove();
        QVERIFY(!recovery.exists());
    }

    void foreignFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("not json") << QByteArray("garbage");
        QTest::addRow("a plan, not a recovery file") << QByteArray(R"({"format": "loadstudio-plan/1"})");
        QTest::addRow("invalid plan") << QByteArray(R"({"format": "loadstudio-recovery/1", "plan": {"name": ""}})");
    }
    void foreignFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recovery.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString error;
        QVERIFY(!RecoveryFile(path).read(&error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(RecoveryTest)
#include "tst_recovery.moc"
