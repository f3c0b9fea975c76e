// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Numbers, sizes, percentages and times in the reader's locale.

#include "i18n/localeformat.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using oom::i18n::LocaleFormat;

class TestLocaleFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("percent");
        // 1234567; 1.2 GiB; 12.5 %
        QTest::newRow("en_US") << u"en_US"_s << u"1,234,567"_s << u"1.2 GiB"_s << u"12.5%"_s;
        QTest::newRow("ja_JP") << u"ja_JP"_s << u"1,234,567"_s << u"1.2 GiB"_s << u"12.5%"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"1,234,567"_s << u"1.2 GiB"_s << u"12.5%"_s;
        QTest::newRow("de_DE, decimal comma")
            << u"de_DE"_s << u"1.234.567"_s << u"1,2 GiB"_s << u"12,5\u00A0%"_s;
    }

    void formats()
    {
        QFETCH(QString, locale);
        QFETCH(QString, number);
        QFETCH(QString, size);
        QFETCH(QString, percent);
        const LocaleFormat format{QLocale(locale)};
        QCOMPARE(format.number(1234567), number);
        QCOMPARE(format.size(1288490189), size); // 1.2 GiB
        QCOMPARE(format.sizeFromKiB(1258291), size);
        QCOMPARE(format.percent(12.5), percent);
    }

    void smallSizesKeepTheirUnit()
    {
        const LocaleFormat format{QLocale(u"en_US"_s)};
        QCOMPARE(format.size(0), u"0 bytes"_s);
        QCOMPARE(format.size(512 * 1024), u"512.0 KiB"_s);
    }

    void dateTimeFollowsTheLocaleAndShowsTheZone()
    {
        const QDateTime when(QDate(2026, 12, 5), QTime(17, 35), QTimeZone::utc());
        const QString ja = LocaleFormat{QLocale(u"ja_JP"_s)}.dateTime(when);
        const QString en = LocaleFormat{QLocale(u"en_US"_s)}.dateTime(when);
        QVERIFY2(ja.startsWith(u"2026/12/05"_s), qPrintable(ja));
        QVERIFY2(en.startsWith(u"12/5/26"_s), qPrintable(en));
        QVERIFY2(ja.endsWith(u"UTC"_s) && en.endsWith(u"UTC"_s), qPrintable(ja + u' ' + en));
        QCOMPARE(LocaleFormat{}.dateTime(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
