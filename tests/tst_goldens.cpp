// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Golden files: for every real log in tests/data/reports, the `events` array that
// `oomlens-cli analyze --format json` prints for it (source paths relative to the folder)
// must equal <case>.expected.json, which a person read line by line against the log.
// On a difference the actual output is written next to the build for `diff -u`.
// OOMLENS_BLESS=1 rewrites the goldens — only after reading that diff.

#include "core/report/jsonreport.h"
#include "helpers/sessionfixtures.h"
#include "i18n/translationinstaller.h"
#include "reportfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

class TestGoldens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The English the CLI prints: its plural forms come from a translation too.
    void initTestCase()
    {
        oom::i18n::installTranslations(*QCoreApplication::instance(), QLocale::c());
    }
    void golden_data();
    void golden();
    void streamedReportIsTheDocument_data();
    void streamedReportIsTheDocument();
};

void TestGoldens::golden_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : testing::reportCases())
        QTest::newRow(qPrintable(file.left(3))) << file;
}

void TestGoldens::golden()
{
    QFETCH(QString, file);
    // Diagnosed and analysed, each with the context of the ones before it, as the CLI does.
    const QJsonArray events =
        testing::incidentsJson(testing::parseWholeFile(testing::reportsDir() + file, file));
    const QByteArray actual = QJsonDocument(events).toJson(QJsonDocument::Indented);
    const QString goldenPath =
        testing::reportsDir() + QString(file).replace(u".log"_s, u".expected.json"_s);
    if (qEnvironmentVariableIntValue("OOMLENS_BLESS") == 1) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        QSKIP("golden rewritten (OOMLENS_BLESS=1): review the diff before committing");
    }
    QFile expectedFile(goldenPath);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(u"missing golden "_s + goldenPath));
    const QByteArray expected = expectedFile.readAll();
    if (QJsonDocument::fromJson(expected) != QJsonDocument::fromJson(actual)) {
        const QString actualPath =
            QStringLiteral(OOMLENS_BINARY_DIR) + u"/"_s + file + u".actual.json"_s;
        QFile out(actualPath);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(actual);
        QFAIL(qPrintable(u"differs from the golden: diff -u %1 %2"_s.arg(goldenPath, actualPath)));
    }
}

// writeReportJson() (the CLI's JSON output, one event at a time) writes the very bytes of
// reportToJson() (the whole document at once).
void TestGoldens::streamedReportIsTheDocument_data()
{
    QTest::addColumn<int>("cases"); // how many corpus cases, concatenated
    QTest::newRow("no events") << 0;
    QTest::newRow("one case") << 1;
    QTest::newRow("every case") << int(testing::reportCases().size());
}

void TestGoldens::streamedReportIsTheDocument()
{
    QFETCH(int, cases);
    QList<OomEvent> events;
    ReportContext context;
    context.generator = u"tst_goldens"_s;
    for (const QString &file : testing::reportCases().first(cases)) {
        const QList<OomEvent> parsed = testing::parseWholeFile(testing::reportsDir() + file, file);
        context.inputs.append({file, u"text"_s, u"UTF-8"_s, 1, 1, int(parsed.size())});
        events.append(parsed);
    }
    context.errors.append({u"missing.log"_s, u"No such file or directory"_s, false});
    const Session session = testing::sessionOf(events);
    QByteArray streamed;
    int pieces = 0;
    writeReportJson(session, context, [&](const QByteArray &piece) {
        streamed += piece;
        ++pieces;
    });
    QCOMPARE(pieces, int(session.incidents.size()) + 2);
    const QByteArray whole = reportToJson(session, context);
    QCOMPARE(streamed.size(), whole.size());
    QVERIFY(streamed == whole);
}

QTEST_GUILESS_MAIN(TestGoldens)
#include "tst_goldens.moc"
