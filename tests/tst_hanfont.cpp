// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Han glyph forms follow the UI language: the same character laid out and rendered in a
// Japanese and in a simplified Chinese UI comes from Noto Sans CJK JP and SC respectively,
// and looks different (直 has a different inner stroke in each form).
// Real fonts and a real (offscreen) raster: fonts-noto-cjk must be installed.

#include "i18n/gui/hanfontfallback.h"

#include <QFontDatabase>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using oom::i18n::applyHanFontFallback;
using oom::i18n::hanFontFamilyFor;

namespace {

const QString Han = u"直"_s; // U+76F4: differs between the Japanese and Chinese forms

// The family that draws the first glyph of `text` in the application font.
QString familyDrawing(const QString &text)
{
    QTextLayout layout(text, QGuiApplication::font());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    return runs.isEmpty() ? QString() : runs.constFirst().rawFont().familyName();
}

QImage render(const QString &text)
{
    QImage image(64, 64, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font = QGuiApplication::font();
    font.setPixelSize(48);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(image.rect(), Qt::AlignCenter, text);
    return image;
}

bool installed(const QString &family)
{
    return QFontDatabase::families().contains(family);
}

} // namespace

class TestHanFont : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void familyPerLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("family");
        QTest::newRow("ja") << u"ja"_s << u"Noto Sans CJK JP"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"Noto Sans CJK SC"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s << u"Noto Sans CJK TC"_s;
        QTest::newRow("zh_HK") << u"zh_HK"_s << u"Noto Sans CJK HK"_s;
        QTest::newRow("en has none") << u"en"_s << QString();
    }

    void familyPerLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, family);
        QCOMPARE(hanFontFamilyFor(language), family);
    }

    void japaneseAndChineseFormsDiffer()
    {
        if (!installed(u"Noto Sans CJK JP"_s) || !installed(u"Noto Sans CJK SC"_s))
            QSKIP("Noto Sans CJK is not installed (apt-get install fonts-noto-cjk)");

        QCOMPARE(applyHanFontFallback(u"ja"_s), u"Noto Sans CJK JP"_s);
        QCOMPARE(familyDrawing(Han), u"Noto Sans CJK JP"_s);
        const QImage japanese = render(Han);

        QCOMPARE(applyHanFontFallback(u"zh_CN"_s), u"Noto Sans CJK SC"_s);
        QCOMPARE(familyDrawing(Han), u"Noto Sans CJK SC"_s);
        const QImage chinese = render(Han);

        // Drawn for real: some ink, and not the same glyph.
        int ink = 0;
        for (int y = 0; y < japanese.height(); ++y)
            for (int x = 0; x < japanese.width(); ++x)
                ink += qGray(japanese.pixel(x, y)) < 128;
        QVERIFY2(ink > 100, "the Han character was not drawn (tofu or nothing)");
        QVERIFY(japanese != chinese);

        // Switching back replaces the choice instead of stacking it.
        QCOMPARE(applyHanFontFallback(u"ja"_s), u"Noto Sans CJK JP"_s);
        QCOMPARE(familyDrawing(Han), u"Noto Sans CJK JP"_s);
        QCOMPARE(render(Han), japanese);
        QCOMPARE(QGuiApplication::font().families().count(u"Noto Sans CJK SC"_s), 0);
    }

    // Digits and Latin words inside a Japanese or Chinese sentence come from the same
    // family as the Han around them, not from the system's Latin font.
    void digitsInCjkTextUseTheCjkFamily()
    {
        if (!installed(u"Noto Sans CJK JP"_s) || !installed(u"Noto Sans CJK SC"_s))
            QSKIP("Noto Sans CJK is not installed (apt-get install fonts-noto-cjk)");
        applyHanFontFallback(u"en"_s);
        const QString systemDigits = familyDrawing(u"0"_s);
        QCOMPARE(applyHanFontFallback(u"ja"_s), u"Noto Sans CJK JP"_s);
        QCOMPARE(familyDrawing(u"176 KiB"_s), u"Noto Sans CJK JP"_s);
        QCOMPARE(applyHanFontFallback(u"zh_CN"_s), u"Noto Sans CJK SC"_s);
        QCOMPARE(familyDrawing(u"0"_s), u"Noto Sans CJK SC"_s);
        // English gives the system's choice back.
        applyHanFontFallback(u"en"_s);
        QCOMPARE(familyDrawing(u"0"_s), systemDigits);
    }

    void englishAddsNothing()
    {
        QCOMPARE(applyHanFontFallback(u"en"_s), QString());
        QVERIFY(!QGuiApplication::font().families().contains(u"Noto Sans CJK JP"_s));
    }
};

QTEST_MAIN(TestHanFont)
#include "tst_hanfont.moc"
