// ECharts through echarts-for-react (3.0.6 accepts echarts 6), with only the charts the app draws.
import { BarChart, FunnelChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { EChartsOption } from 'echarts';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { drillDownRoute } from '../api';

echarts.use([BarChart, FunnelChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** A chart whose data items carry `link` (the API's events link): clicking one opens its drill-down. */
export function Chart({ option, height = 300, label }: { option: EChartsOption; height?: number; label: string }) {
  const navigate = useNavigate();
  // data-drawn: the chart finished drawing this option (animations done), for screenshots and tests
  const [drawn, setDrawn] = useState(false);
  const drawing = JSON.stringify(option);
  useEffect(() => setDrawn(false), [drawing]);
  return (
    <div role="img" aria-label={label} data-chart data-drawn={drawn}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        onEvents={{
          finished: () => setDrawn(true),
          click: (params: { data?: { link?: string } }) => {
            if (params.data?.link) navigate(drillDownRoute(params.data.link));
          },
        }}
      />
    </div>
  );
}
