// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Plain-text tables line up in a terminal whatever the language of their headers.

#include "core/report/texttable.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom::texttable;

class TestTextTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayWidthOfText_data();
    void displayWidthOfText();
    void japaneseHeaderAlignsWithNumbers();
    void lastColumnUnpaddedAndNoTrailingSpaces();
};

void TestTextTable::displayWidthOfText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("width");
    QTest::newRow("ASCII") << u"oom_score_adj"_s << qsizetype(13);
    QTest::newRow("empty") << QString() << qsizetype(0);
    QTest::newRow("Japanese kana and kanji") << u"プロセス名"_s << qsizetype(10);
    QTest::newRow("simplified Chinese") << u"进程"_s << qsizetype(4);
    QTest::newRow("traditional Chinese with ASCII") << u"行程 pid"_s << qsizetype(8);
    QTest::newRow("fullwidth colon") << u"："_s << qsizetype(2);
    QTest::newRow("combining accent takes no cell") << u"e\u0301"_s << qsizetype(1);
    QTest::newRow("supplementary-plane ideograph")
        << QString::fromUcs4(U"\U00020BB7") << qsizetype(2);
    QTest::newRow("Latin-1 stays narrow") << u"Zürich"_s << qsizetype(6);
}

void TestTextTable::displayWidthOfText()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, width);
    QCOMPARE(displayWidth(text), width);
}

void TestTextTable::japaneseHeaderAlignsWithNumbers()
{
    const QStringList lines = layout({{u"順位"_s, u"ポイント"_s, u"名前"_s},
                                      {u"1"_s, u"12345"_s, u"java"_s},
                                      {u"10"_s, u"7"_s, u"postgres"_s}},
                                     {Align::Right, Align::Right, Align::Left}, false, u"  "_s);
    QCOMPARE(lines.size(), 3);
    // "ポイント" is 8 cells wide: the numbers below end where it ends.
    QCOMPARE(lines.at(0), u"  順位  ポイント  名前"_s);
    QCOMPARE(lines.at(1), u"     1     12345  java"_s);
    QCOMPARE(lines.at(2), u"    10         7  postgres"_s);
    QCOMPARE(displayWidth(lines.at(0)) - displayWidth(u"名前"_s),
             lines.at(1).size() - QStringLiteral("java").size());
}

void TestTextTable::lastColumnUnpaddedAndNoTrailingSpaces()
{
    const QStringList unpadded =
        layout({{u"pid"_s, u"cgroup"_s}, {u"1"_s, u"/a/very/long/path"_s}, {u"22"_s, u""_s}},
               {Align::Right, Align::Left}, false);
    QCOMPARE(unpadded, (QStringList{u"pid  cgroup"_s, u"  1  /a/very/long/path"_s, u" 22"_s}));
    const QStringList padded =
        layout({{u"zone"_s, u"free"_s}, {u"DMA32"_s, u"1"_s}}, {Align::Left, Align::Right}, true);
    QCOMPARE(padded, (QStringList{u"zone   free"_s, u"DMA32     1"_s}));
}

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
