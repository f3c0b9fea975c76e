// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The line splitter of the readers that see every line: any read size, CRLF, a last line
// without "\n", lines beyond the limit cut in bounded memory, raw reads that keep the count.
#include "helpers/sourcefixtures.h"
#include "sources/input/linereader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::fixtures;

class tst_LineReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QList<QByteArray>>("expected");
        const QList<QByteArray> abc{"a", "bb", "", "ccc"};
        for (const qint64 step : {1, 2, 3, 1000}) {
            QTest::addRow("lf-step%lld", step) << QByteArray("a\nbb\n\nccc\n") << step << abc;
            QTest::addRow("crlf-step%lld", step)
                << QByteArray("a\r\nbb\r\n\r\nccc\r\n") << step << abc;
            QTest::addRow("no-final-newline-step%lld", step)
                << QByteArray("a\nbb\n\nccc") << step << abc;
        }
        QTest::newRow("empty") << QByteArray() << qint64(1) << QList<QByteArray>();
        QTest::newRow("cut-long-line") << QByteArray("0123456789abcdef\nxy\n") << qint64(3)
                                       << QList<QByteArray>{"01234567", "xy"};
        QTest::newRow("cut-long-last-line") << QByteArray("xy\n0123456789abcdef") << qint64(5)
                                            << QList<QByteArray>{"xy", "01234567"};
    }

    void lines()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, step);
        QFETCH(QList<QByteArray>, expected);
        MemoryStream stream(input, step);
        LineReader reader(stream, 8);
        QList<QByteArray> got;
        QByteArrayView line;
        while (reader.next(&line)) {
            got.append(line.toByteArray());
            QCOMPARE(reader.lineNumber(), got.size());
        }
        QCOMPARE(got, expected);
    }

    void rawReadsKeepTheLineCount()
    {
        MemoryStream stream(QByteArray("KEY\nraw\nbytes\nZ\nnext\n"), 2);
        LineReader reader(stream);
        QByteArrayView line;
        QVERIFY(reader.next(&line));
        QCOMPARE(line, QByteArrayView("KEY"));
        QByteArray raw;
        QVERIFY(reader.readRaw(12, &raw, 5)); // "raw\nbytes\nZ\n", keeping "raw\nb"
        QCOMPARE(raw, QByteArray("raw\nb"));
        QVERIFY(reader.next(&line));
        QCOMPARE(line, QByteArrayView("next"));
        QCOMPARE(reader.lineNumber(), 5);
        QVERIFY(!reader.readRaw(1, &raw, 1)); // at the end
    }

    void tenMegabyteLineInBoundedMemory()
    {
        const QByteArray input = QByteArray(10 * 1024 * 1024, 'x') + "\nafter\n";
        MemoryStream stream(input, 64 * 1024);
        LineReader reader(stream);
        QByteArrayView line;
        QVERIFY(reader.next(&line));
        QCOMPARE(line.size(), LineReader::DefaultMaxLineBytes);
        QVERIFY(reader.lastLineCut());
        QVERIFY(reader.next(&line));
        QCOMPARE(line, QByteArrayView("after"));
        QCOMPARE(reader.lineNumber(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_LineReader)
#include "tst_linereader.moc"
