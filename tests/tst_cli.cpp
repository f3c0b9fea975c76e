// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The CLI contract (README "Use it" and "JSON contract"), run against the built oomlens-cli: exit
// statuses 0/1/2, one stderr line per unreadable input while the others are still reported, the
// JSON schema, "-" for standard input and no stdin read without it.
#include "oomlensversion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString Cli = QStringLiteral(OOMLENS_CLI);
const QString Fixture = QStringLiteral(OOMLENS_TEST_DATA_DIR "/cli/memcg-v2-6.x.log");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs oomlens-cli; `input` is written to its stdin, which is then closed unless
// keepStdinOpen (a CLI that reads stdin without being asked would then hang).
Run run(const QStringList &arguments, const QByteArray &input = {}, bool keepStdinOpen = false)
{
    QProcess process;
    process.start(Cli, arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    if (!keepStdinOpen)
        process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonObject parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("JSON error: %s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Run r = run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("oomlens-cli " OOMLENS_VERSION_STRING "\n"));
    }

    void help()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("analyze"));
        const Run sub = run({u"analyze"_s, u"--help"_s});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains("oomlens-cli analyze"));
        QVERIFY(sub.out.contains("--format"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no-command") << QStringList() << QByteArray("no command");
        QTest::newRow("unknown-command")
            << QStringList{u"frobnicate"_s} << QByteArray("frobnicate");
        QTest::newRow("unknown-top-option") << QStringList{u"--bogus"_s} << QByteArray("bogus");
        QTest::newRow("unknown-option")
            << QStringList{u"analyze"_s, u"--bogus"_s, Fixture} << QByteArray("bogus");
        QTest::newRow("unknown-format")
            << QStringList{u"analyze"_s, u"--format"_s, u"yaml"_s, Fixture} << QByteArray("yaml");
        QTest::newRow("format-without-value")
            << QStringList{u"analyze"_s, u"--format"_s} << QByteArray("format");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("oomlens-cli: "), r.err.constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY2(r.err.contains("Usage:"), r.err.constData()); // the usage follows
        QVERIFY(r.out.isEmpty());
    }

    void jsonReport()
    {
        const Run r = run({u"analyze"_s, u"--format"_s, u"json"_s, Fixture});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject root = parseJson(r.out);
        QCOMPARE(root[u"schema"_s].toString(), u"oomlens.report/1"_s);
        QCOMPARE(root[u"generator"_s].toString(), u"oomlens-cli " OOMLENS_VERSION_STRING ""_s);
        QCOMPARE(root[u"errors"_s].toArray().size(), 0);
        QCOMPARE(root[u"inputs"_s].toArray().size(), 1);
        const QJsonArray events = root[u"events"_s].toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject e = events.first().toObject();
        QCOMPARE(e[u"kind"_s].toString(), u"kernel-oom"_s);
        QCOMPARE(e[u"killer"_s].toString(), u"kernel"_s);
        QCOMPARE(e[u"constraint"_s].toString(), u"CONSTRAINT_MEMCG"_s);
        QCOMPARE(e[u"victims"_s][0][u"pid"_s].toInteger(), 10233);
        QCOMPARE(e[u"memcg"_s][u"limit_kb"_s].toInteger(), 51200);
        QVERIFY(e[u"time"_s].isNull()); // raw dmesg has no wall clock
        QCOMPARE(e[u"uptime_s"_s].toDouble(), 5012.11802);
    }

    void textAndMarkdown()
    {
        const Run text = run({u"analyze"_s, Fixture});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("What happened: Memory cgroup OOM in /liz"),
                 text.out.constData());
        const Run md = run({u"analyze"_s, u"-f"_s, u"markdown"_s, Fixture});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.startsWith("# OOM Lens report\n"));
    }

    void noIncidentsIsSuccess()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString quiet = dir.filePath(u"quiet.log"_s);
        QFile file(quiet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[    1.000000] Linux version 6.1.0\n[    2.000000] nothing to see\n");
        file.close();
        const Run r = run({u"analyze"_s, quiet});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("No OOM incidents found."));
    }

    void unreadableInputIsExitTwoAndTheOthersAreReported()
    {
        const QString missing = u"/nonexistent/oomlens-test/kern.log"_s;
        const Run r = run({u"analyze"_s, u"--format"_s, u"json"_s, missing, Fixture});
        QCOMPARE(r.exitCode, 2);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QByteArray("oomlens-cli: " + missing.toUtf8() + ": ")),
                 lines.first().constData());
        const QJsonObject root = parseJson(r.out);
        QCOMPARE(root[u"schema"_s].toString(), u"oomlens.report/1"_s);
        QCOMPARE(root[u"events"_s].toArray().size(), 1); // the valid input still counts
        QCOMPARE(root[u"errors"_s][0][u"path"_s].toString(), missing);
    }

    void permissionDenied()
    {
        if (::geteuid() == 0)
            QSKIP("root reads a mode-000 file; run the suite as a normal user to test this");
        QTemporaryDir dir;
        const QString locked = dir.filePath(u"locked.log"_s);
        QVERIFY(QFile::copy(Fixture, locked));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        const Run r = run({u"analyze"_s, locked, Fixture});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QByteArray("oomlens-cli: " + locked.toUtf8() + ": ")),
                 r.err.constData());
        QVERIFY(r.out.contains("What happened:"));
    }

    void dashReadsStandardInput()
    {
        QFile file(Fixture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Run r = run({u"analyze"_s, u"--format"_s, u"json"_s, u"-"_s}, file.readAll());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = parseJson(r.out);
        QCOMPARE(root[u"inputs"_s][0][u"path"_s].toString(), u"<stdin>"_s);
        QCOMPARE(root[u"events"_s].toArray().size(), 1);
        QCOMPARE(root[u"events"_s][0][u"source"_s][u"path"_s].toString(), u"<stdin>"_s);
    }

    void dashReadsCompressedStandardInput()
    {
        QFile file(Fixture + u".gz"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Run r = run({u"analyze"_s, u"--format"_s, u"json"_s, u"-"_s}, file.readAll());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = parseJson(r.out);
        QVERIFY(root[u"inputs"_s][0][u"format"_s].toString().contains(u"gzip"_s));
        QCOMPARE(root[u"events"_s].toArray().size(), 1);
    }

    void noStdinWithoutDash()
    {
        // stdin stays open: a CLI that read it would never finish.
        const Run r = run({u"analyze"_s, Fixture}, {}, true);
        QCOMPARE(r.exitCode, 0);
    }

    void liveSystemWithoutPath()
    {
        const Run r = run({u"analyze"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 2, r.err.constData());
        QVERIFY2(r.err.contains("live system's kernel log"), r.err.constData());
        QCOMPARE(parseJson(r.out)[u"schema"_s].toString(), u"oomlens.report/1"_s);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
