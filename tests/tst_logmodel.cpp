// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The log view's model over real files: plain, gzip (through the real gzip tool) and a tar
// member (through the real tar tool), the background index, the line text read on the
// reader thread, the span filters, copying, and searches on the worker thread.

#include "app/lineindexer.h"
#include "app/loghighlighter.h"
#include "app/loglinereader.h"
#include "app/logmodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QPalette>
#include <QPoint>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Lines "line <n> …" with a kill line every 1000 lines, more than one index batch long.
QByteArray generatedLog(int lines)
{
    QByteArray text;
    for (int i = 1; i <= lines; ++i) {
        if (i % 1000 == 500)
            text += "Out of memory: Killed process " + QByteArray::number(i) + " (java)\n";
        else
            text += "line " + QByteArray::number(i) + " kernel: nothing to see here\n";
    }
    return text;
}

constexpr char WithoutHighlighting[] =
    "built without KF6 SyntaxHighlighting (Debian 13: apt-get install "
    "libkf6syntaxhighlighting-dev, then configure again)";

bool waitReady(LogModel &model)
{
    return QTest::qWaitFor(
               [&] {
                   return model.status() != LogModel::Status::Indexing;
               },
               20000)
        && model.status() == LogModel::Status::Ready;
}

// Row `row` as the view paints it, once the reader thread has read its text.
LogRow readRow(LogModel &model, int row)
{
    model.prepareRows(row, row, 0ms);
    const bool read = QTest::qWaitFor(
        [&] {
            return !model.displayRow(row).pending;
        },
        10000);
    if (!read)
        qWarning("row %d has no text after 10 s", row); // the caller's comparison fails
    return model.displayRow(row);
}

QString readText(LogModel &model, int row)
{
    return readRow(model, row).text;
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlighterColoursReportLines()
    {
        // With KF6 SyntaxHighlighting (Debian 13) the definition in resources/syntax must
        // load and colour a kill line; the text itself stays as it was (escaped).
        if (!LogHighlighter::isAvailable()) {
#ifdef OOMLENS_EXPECT_HIGHLIGHTING
            QFAIL(
                "built with KF6 SyntaxHighlighting, but resources/syntax/oom-kernel.xml did "
                "not load");
#else
            QSKIP(WithoutHighlighting);
#endif
        }
        LogHighlighter highlighter(false);
        const auto colours = [](const QList<QTextLayout::FormatRange> &formats) {
            QSet<QRgb> found;
            for (const QTextLayout::FormatRange &range : formats)
                found.insert(range.format.foreground().color().rgb());
            return found;
        };
        const QString killLine = u"Out of memory: Killed process 4242 (java) <x> & y"_s;
        const auto kill = highlighter.formats(killLine);
        const auto plain = highlighter.formats(u"a b"_s);
        // The kill line has a colour that ordinary text does not...
        QVERIFY2(!(colours(kill) - colours(plain)).isEmpty(),
                 qPrintable(QString::number(kill.size())));
        // ... and every coloured stretch lies within the line, without overlaps.
        qsizetype end = 0;
        for (const QTextLayout::FormatRange &range : kill) {
            QVERIFY(range.start >= end);
            QVERIFY(range.length > 0);
            end = range.start + range.length;
        }
        QVERIFY(end <= killLine.size());
    }

    void highlightingFollowsThePalette()
    {
        if (!LogHighlighter::isAvailable())
            QSKIP(WithoutHighlighting);
        LogModel model;
        model.setSource(m_dir.filePath(u"messages"_s));
        QVERIFY(waitReady(model));
        const auto colours = [&] {
            QList<QRgb> found;
            for (const QTextLayout::FormatRange &range : readRow(model, 499).formats)
                found.append(range.format.foreground().color().rgb());
            return found;
        };
        const QPalette before = QGuiApplication::palette();
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        QGuiApplication::setPalette(light);
        const QList<QRgb> onLight = colours();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        QGuiApplication::setPalette(dark);
        const QList<QRgb> onDark = colours();
        QGuiApplication::setPalette(before);
        QVERIFY(!onLight.isEmpty());
        QVERIFY(onLight != onDark); // the dark theme's colours, not the light one's
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(u"messages"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(generatedLog(LineCount));
        file.write("last line without a newline");
        file.close();
    }

    void readsLines_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("plain file") << m_dir.filePath(u"messages"_s);
        QTest::newRow("gzip") << gzipped();
        QTest::newRow("tar member") << tarMember();
    }

    void readsLines()
    {
        QFETCH(QString, source);
        if (source.isEmpty())
            QSKIP("gzip or tar is missing: apt-get install gzip tar");
        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(source);
        QVERIFY(waitReady(model));
        QCOMPARE(model.lineCount(), LineCount + 1);
        QCOMPARE(model.rowCount(), LineCount + 1);
        const auto text = [&](int row) {
            readRow(model, row);
            return model.index(row).data().toString();
        };
        QCOMPARE(text(0), u"line 1 kernel: nothing to see here"_s);
        QCOMPARE(text(499), u"Out of memory: Killed process 500 (java)"_s);
        QCOMPARE(text(12344), u"line 12345 kernel: nothing to see here"_s);
        QCOMPARE(text(LineCount), u"last line without a newline"_s);
        QCOMPARE(model.index(12344).data(LogModel::LineNumberRole).toLongLong(), 12345);
    }

    void reportSpansFilterRows()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_dir.filePath(u"messages"_s));
        model.setReportSpans({QPoint(500, 502), QPoint(1500, 1500), QPoint(501, 505)});
        model.setReportsOnly(true);
        QVERIFY(waitReady(model));
        // 500–505 merged, then 1500.
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.lineOfRow(0), 500);
        QCOMPARE(model.lineOfRow(6), 1500);
        QCOMPARE(model.rowOfLine(1500), 6);
        QVERIFY(model.index(0).data(LogModel::InReportRole).toBool());
        model.setReportsOnly(false);
        QCOMPARE(model.rowCount(), LineCount + 1);
        QVERIFY(!model.index(0).data(LogModel::InReportRole).toBool());
    }

    void rangeStopsTheIndex()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFirstLine(100);
        model.setLastLine(120);
        model.setSource(m_dir.filePath(u"messages"_s));
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(readText(model, 0), u"line 100 kernel: nothing to see here"_s);
    }

    void markedLine()
    {
        LogModel model;
        model.setSource(m_dir.filePath(u"messages"_s));
        QVERIFY(waitReady(model));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setMarkedLine(42);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(41).data(LogModel::MarkedRole).toBool());
        QVERIFY(!model.index(40).data(LogModel::MarkedRole).toBool());
    }

    void displayRowIsWhatTheRolesSay()
    {
        // What the log view paints (LogModel::displayRow) agrees with the model's roles.
        LogModel model;
        model.setSource(m_dir.filePath(u"messages"_s));
        model.setReportSpans({QPoint(500, 502)});
        model.setMarkedLine(501);
        model.setReportsOnly(true);
        QVERIFY(waitReady(model));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const LogRow shown = readRow(model, row);
            QVERIFY(!shown.pending);
            QCOMPARE(shown.line, index.data(LogModel::LineNumberRole).toLongLong());
            QCOMPARE(shown.text, index.data().toString());
            QCOMPARE(shown.inReport, index.data(LogModel::InReportRole).toBool());
            QCOMPARE(shown.marked, index.data(LogModel::MarkedRole).toBool());
        }
        QCOMPARE(model.displayRow(1).line, 501);
        QVERIFY(model.displayRow(1).marked);
        QCOMPARE(model.displayRow(3).line, 0); // past the last row: empty
        QVERIFY(model.displayRow(-1).text.isEmpty());
    }

    void search_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<bool>("forward");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("next kill")
            << u"killed process"_s << false << qint64(600) << true << qint64(1500);
        QTest::newRow("previous kill")
            << u"Killed process"_s << false << qint64(1500) << false << qint64(500);
        QTest::newRow("wraps around")
            << u"Killed process"_s << false << qint64(LineCount - 10) << true << qint64(500);
        QTest::newRow("regex") << uR"(^line 1234\d )"_s << true << qint64(1) << true
                               << qint64(12340);
    }

    void search()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, regex);
        QFETCH(qint64, from);
        QFETCH(bool, forward);
        QFETCH(qint64, expected);
        LogModel model;
        model.setSource(m_dir.filePath(u"messages"_s));
        QVERIFY(waitReady(model));
        QSignalSpy found(&model, &LogModel::found);
        model.search(pattern, regex, false, from, forward);
        QVERIFY(found.wait(20000));
        QCOMPARE(found.first().first().toLongLong(), expected);
    }

    void searchMarksItsMatches()
    {
        LogModel model;
        model.setSource(m_dir.filePath(u"messages"_s));
        QVERIFY(waitReady(model));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.search(u"KILLED"_s, false, false, 1, true); // any case
        QCOMPARE(changed.count(), 1); // every row shown may have matches now
        const LogRow kill = readRow(model, 499); // "Out of memory: Killed process 500 (java)"
        QCOMPARE(kill.matches.size(), 1);
        QCOMPARE(kill.text.mid(kill.matches.first().first, kill.matches.first().second),
                 u"Killed"_s);
        QVERIFY(readRow(model, 0).matches.isEmpty());
        // A regular expression marks each of its matches in a line.
        model.search(uR"(\d+)"_s, true, false, 1, true);
        const LogRow numbers = model.displayRow(499);
        QCOMPARE(numbers.matches.size(), 1);
        QCOMPARE(numbers.text.mid(numbers.matches.first().first, numbers.matches.first().second),
                 u"500"_s);
        QCOMPARE(readRow(model, 9).matches.size(), 1); // "line 10 kernel: ..."
        // An empty or broken pattern marks nothing.
        model.search(u"("_s, true, false, 1, true);
        QVERIFY(model.displayRow(499).matches.isEmpty());
    }

    void linesArriveFromTheReaderThread()
    {
        LogModel model;
        model.setSource(m_dir.filePath(u"messages"_s));
        QVERIFY(waitReady(model));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Not read yet: empty, and asked for; the row changes when its text arrives.
        const LogRow before = model.displayRow(15000);
        QVERIFY(before.pending);
        QVERIFY(before.text.isEmpty());
        QCOMPARE(before.line, 15001);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        const QList<QVariant> arrived = changed.first();
        const int firstRow = arrived.at(0).toModelIndex().row();
        const int lastRow = arrived.at(1).toModelIndex().row();
        QVERIFY2(firstRow <= 15000 && 15000 <= lastRow,
                 qPrintable(u"rows %1..%2"_s.arg(firstRow).arg(lastRow)));
        QCOMPARE(lastRow - firstRow + 1, int(LineIndexStride)); // the group it was read with
        QCOMPARE(arrived.at(2).value<QList<int>>(), QList<int>{Qt::DisplayRole});
        const LogRow after = model.displayRow(15000);
        QVERIFY(!after.pending);
        QCOMPARE(after.text, u"line 15001 kernel: nothing to see here"_s);
        QCOMPARE(model.index(15000).data().toString(), after.text);
        // A row whose text came before it was shown changes nothing when it is shown.
        changed.clear();
        model.prepareRows(100, 120, 10s);
        QVERIFY(!model.displayRow(110).pending);
        QTest::qWait(50);
        QVERIFY(changed.isEmpty());
    }

    void copyReadsOnTheReaderThread()
    {
        LogModel model;
        model.setSource(m_dir.filePath(u"messages"_s));
        QVERIFY(waitReady(model));
        QSignalSpy copied(&model, &LogModel::copied);
        QGuiApplication::clipboard()->clear();
        model.copyLines(499, 501); // never shown: read for the copy
        QVERIFY(copied.wait(10000));
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 u"line 499 kernel: nothing to see here\n"
                 "Out of memory: Killed process 500 (java)\n"
                 "line 501 kernel: nothing to see here"_s);
        // A second copy before the first is read replaces it.
        model.copyLines(1, 1);
        model.copyLines(20001, 20001);
        QVERIFY(copied.wait(10000));
        QTest::qWait(50);
        QCOMPARE(copied.size(), 2);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"last line without a newline"_s);
    }

    // The reader alone: groups complete for the index as it grows, a file that cannot be
    // opened, and a read that hangs does not hold up the reader's deletion.
    void readerRereadsAGroupThatGrew()
    {
        const QString path = m_dir.filePath(u"messages"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        qint64 secondGroup = 0;
        for (int line = 1; line <= LineIndexStride; ++line)
            secondGroup += file.readLine().size();
        LogLineReader reader(path);
        reader.appendIndex({0}, 10); // the indexer has seen 10 lines so far
        reader.request({0});
        QVERIFY(reader.waitFor({0}, 10s));
        QCOMPARE(reader.group(0)->size(), 10);
        reader.appendIndex({secondGroup}, LineIndexStride + 3);
        QVERIFY(!reader.group(0)); // read with fewer lines than it has now
        QVERIFY(!reader.waitFor({0, 1}, 0ms));
        reader.request({0, 1});
        QVERIFY(reader.waitFor({0, 1}, 10s));
        QCOMPARE(reader.group(0)->size(), int(LineIndexStride));
        QCOMPARE(reader.group(0)->last(), u"line 64 kernel: nothing to see here"_s);
        QCOMPARE(*reader.group(1),
                 QStringList({u"line 65 kernel: nothing to see here"_s,
                              u"line 66 kernel: nothing to see here"_s,
                              u"line 67 kernel: nothing to see here"_s}));
        QVERIFY(!reader.group(2)); // beyond the index: nothing to read
    }

    void readerOfAMissingFileFails()
    {
        LogLineReader reader(m_dir.filePath(u"no-such-file"_s));
        QSignalSpy failed(&reader, &LogLineReader::failed);
        reader.appendIndex({0}, 5);
        reader.request({0});
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().first().toString().isEmpty()); // the system's reason
        QVERIFY(!reader.waitFor({0}, 10s)); // at once: nothing will come
    }

    void readerDeletedDuringAHangingRead()
    {
        // Opening a FIFO blocks until a writer comes, as a read from a stalled network file
        // system would. Deleting the reader must not wait for it; the writer comes only
        // after the deletion returned, or after 30 s when it hangs (the test then fails).
        const QByteArray fifo = QFile::encodeName(m_dir.filePath(u"stalled"_s));
        QVERIFY(::mkfifo(fifo.constData(), 0600) == 0);
        std::atomic_bool deleted = false;
        std::atomic_bool rescued = false;
        std::thread writer([&] {
            for (int i = 0; i < 3000 && !deleted; ++i)
                std::this_thread::sleep_for(10ms);
            rescued = !deleted;
            // Releases an open() blocked on the other end; without one, fails at once.
            const int fd = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
        });
        {
            LogLineReader reader(QString::fromLocal8Bit(fifo));
            reader.appendIndex({0}, 1);
            reader.request({0});
            QTest::qWait(100); // the worker is in its open() by now, most likely
        }
        deleted = true;
        writer.join();
        QVERIFY(!rescued);
    }

    void searchWithoutMatchSaysSo()
    {
        LogModel model;
        model.setSource(m_dir.filePath(u"messages"_s));
        QVERIFY(waitReady(model));
        model.search(u"no such text"_s, false, false, 1, true);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !model.isSearching();
            },
            20000));
        QCOMPARE(model.searchMessage(), u"No match."_s);
        model.search(u"("_s, true, false, 1, true);
        QVERIFY(!model.isSearching());
        QVERIFY(!model.searchMessage().isEmpty());
    }

    void missingFileFails()
    {
        LogModel model;
        model.setSource(m_dir.filePath(u"no-such-file"_s));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return model.status() == LogModel::Status::Failed;
            },
            20000));
        QVERIFY(model.errorString().contains(u"no-such-file"_s));
        QCOMPARE(model.rowCount(), 0);
    }

private:
    static constexpr int LineCount = 20000;

    QString gzipped()
    {
        const QString gzip = QStandardPaths::findExecutable(u"gzip"_s);
        if (gzip.isEmpty())
            return {};
        QFile::copy(m_dir.filePath(u"messages"_s), m_dir.filePath(u"messages.1"_s));
        if (QProcess::execute(gzip, {u"-f"_s, m_dir.filePath(u"messages.1"_s)}) != 0)
            return {};
        return m_dir.filePath(u"messages.1.gz"_s);
    }

    QString tarMember()
    {
        const QString tar = QStandardPaths::findExecutable(u"tar"_s);
        if (tar.isEmpty())
            return {};
        const QDir root(m_dir.filePath(u"root"_s));
        root.mkpath(u"var/log"_s);
        QFile::copy(m_dir.filePath(u"messages"_s), root.filePath(u"var/log/messages"_s));
        const QString archive = m_dir.filePath(u"bundle.tar.xz"_s);
        if (QProcess::execute(tar, {u"-cJf"_s, archive, u"-C"_s, root.path(), u"var"_s}) != 0)
            return {};
        return archive + u"!/var/log/messages"_s;
    }

    QTemporaryDir m_dir;
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestLogModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logmodel.moc"
