// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/logmodel.h"

#include <QColor>
#include <QFont>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

// Paints the rows of a LogModel that are in view: one item for the whole viewport instead of
// a delegate per line. Scrolling a page then costs laying out its new lines and one paint;
// no QML object, binding or garbage is made per line. (The delegate-per-line ListView it
// replaced spent most of a page's frame creating and binding delegates, and its frames
// reached 21 ms on a 1 GiB log: tests/bench/app-bench.sh.)
//
// It sits in a Flickable's content at the viewport's place, with scrollX/scrollY bound to
// the Flickable's contentX/contentY. Every row has one height (rowHeight), so the row at a
// y is arithmetic, even over millions of lines. A row is highlighted and laid out once while
// it stays in view, in updatePolish() on the GUI thread; paint(), which a threaded render
// loop calls on its render thread, only draws what is laid out. The text comes from the
// model's reader thread: the polish waits for it only briefly (ReadBudget), and a row whose
// text is late is painted without it (`reading`) and laid out again when it arrives.
class LogLinesItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LogModel *log READ log WRITE setLog NOTIFY logChanged)
    Q_PROPERTY(qreal scrollX READ scrollX WRITE setScrollX NOTIFY scrollChanged)
    Q_PROPERTY(qreal scrollY READ scrollY WRITE setScrollY NOTIFY scrollChanged)
    // Lines (not rows) first..last are selected; 0 when none is.
    Q_PROPERTY(
        double selectionFirst READ selectionFirst WRITE setSelectionFirst NOTIFY selectionChanged)
    Q_PROPERTY(
        double selectionLast READ selectionLast WRITE setSelectionLast NOTIFY selectionChanged)
    Q_PROPERTY(QFont font READ font WRITE setFont NOTIFY fontChanged)
    Q_PROPERTY(QColor textColor MEMBER m_textColor NOTIFY coloursChanged)
    Q_PROPERTY(QColor lineNumberColor MEMBER m_lineNumberColor NOTIFY coloursChanged)
    Q_PROPERTY(QColor reportColor MEMBER m_reportColor NOTIFY coloursChanged)
    Q_PROPERTY(QColor markedColor MEMBER m_markedColor NOTIFY coloursChanged)
    Q_PROPERTY(QColor selectionColor MEMBER m_selectionColor NOTIFY coloursChanged)
    Q_PROPERTY(QColor selectedTextColor MEMBER m_selectedTextColor NOTIFY coloursChanged)
    // The matches of the last search (LogRow::matches): a marker pen's colours, readable in
    // light and dark palettes alike.
    Q_PROPERTY(QColor matchColor MEMBER m_matchColor NOTIFY coloursChanged)
    Q_PROPERTY(QColor matchTextColor MEMBER m_matchTextColor NOTIFY coloursChanged)
    Q_PROPERTY(qreal rowHeight READ rowHeight NOTIFY fontChanged)
    Q_PROPERTY(int rowCount READ rowCount NOTIFY rowCountChanged)
    // The line numbers' column and the widest line laid out so far: the width the Flickable
    // scrolls over. It only grows while one log is shown.
    Q_PROPERTY(qreal contentWidth READ contentWidth NOTIFY contentWidthChanged)
    // Rows in view wait for their text (a slow disk or network file system).
    Q_PROPERTY(bool reading READ isReading NOTIFY readingChanged)

public:
    explicit LogLinesItem(QQuickItem *parent = nullptr);
    ~LogLinesItem() override;

    LogModel *log() const { return m_log; }
    void setLog(LogModel *log);
    qreal scrollX() const { return m_scrollX; }
    void setScrollX(qreal x);
    qreal scrollY() const { return m_scrollY; }
    void setScrollY(qreal y);
    double selectionFirst() const { return double(m_selectionFirst); }
    void setSelectionFirst(double line);
    double selectionLast() const { return double(m_selectionLast); }
    void setSelectionLast(double line);
    QFont font() const { return m_font; }
    void setFont(const QFont &font);
    qreal rowHeight() const { return m_rowHeight; }
    int rowCount() const { return m_rowCount; }
    qreal contentWidth() const { return m_contentWidth; }
    bool isReading() const { return m_reading; }

    // The row at `contentY` (the Flickable's content coordinates); -1 past the last row.
    Q_INVOKABLE int rowAt(qreal contentY) const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void logChanged();
    void scrollChanged();
    void selectionChanged();
    void fontChanged();
    void coloursChanged();
    void rowCountChanged();
    void contentWidthChanged();
    void readingChanged();

protected:
    void updatePolish() override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    struct ShownRow;

    void relayout(); // rows, widths or font changed: lay out again at the next polish
    void forgetRows(); // what was laid out is stale (the model's rows changed)
    void updateRowCount();
    std::unique_ptr<ShownRow> layOut(int row) const; // read, highlighted, laid out
    bool isSelected(qint64 line) const;

    QPointer<LogModel> m_log;
    qreal m_scrollX = 0;
    qreal m_scrollY = 0;
    qint64 m_selectionFirst = 0;
    qint64 m_selectionLast = 0;
    QFont m_font;
    qreal m_rowHeight = 0;
    int m_rowCount = 0;
    qreal m_contentWidth = 0;
    bool m_reading = false;
    qreal m_widestText = 0;
    QColor m_textColor;
    QColor m_lineNumberColor;
    QColor m_reportColor;
    QColor m_markedColor;
    QColor m_selectionColor;
    QColor m_selectedTextColor;
    QColor m_matchColor = QColor(0xff, 0xe0, 0x66);
    QColor m_matchTextColor = Qt::black;

    // The rows in view, from m_firstShownRow on, as the last polish laid them out.
    std::vector<std::unique_ptr<ShownRow>> m_shown;
    int m_firstShownRow = 0;
    qreal m_lineNumberWidth = 0;
};
