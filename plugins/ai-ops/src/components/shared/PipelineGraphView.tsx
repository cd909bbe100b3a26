import { KeyboardEvent } from 'react';
import {
  layoutGraph,
  PipelineGraph,
  RunState,
} from '@internal/plugin-ai-ops-common';

const NODE_WIDTH = 180;
const NODE_HEIGHT = 60;
const MARGIN = 20;

/** Node fills by state (runs) or by the type's category (pipelines). */
const STATE_FILLS: Record<RunState, string> = {
  PENDING: '#eceff1',
  RUNNING: '#bbdefb',
  SUCCEEDED: '#c8e6c9',
  FAILED: '#ffcdd2',
  SKIPPED: '#f5f5f5',
  CANCELING: '#ffe0b2',
  CANCELED: '#ffe0b2',
  PAUSED: '#fff9c4',
};
const CATEGORY_FILLS: Record<string, string> = {
  data: '#e3f2fd',
  features: '#f3e5f5',
  model: '#e8f5e9',
  code: '#fff3e0',
};

/**
 * A pipeline's DAG as SVG: nodes where `layoutGraph` puts them (or where
 * they were placed), edges as curves from an output to an input. With
 * `states` each node is coloured by its task's state and says it; nodes
 * are buttons when `onSelect` is given.
 */
export function PipelineGraphView(props: {
  graph: PipelineGraph;
  label: string;
  states?: Record<string, RunState>;
  selected?: string;
  onSelect?(nodeId: string): void;
}) {
  const graph = layoutGraph(props.graph);
  const at = new Map(
    graph.nodes.map(n => [
      n.id,
      { x: (n.position?.x ?? 0) + MARGIN, y: (n.position?.y ?? 0) + MARGIN },
    ]),
  );
  const width =
    Math.max(...[...at.values()].map(p => p.x)) + NODE_WIDTH + MARGIN;
  const height =
    Math.max(...[...at.values()].map(p => p.y)) + NODE_HEIGHT + MARGIN;

  const fillOf = (id: string, type: string) => {
    const state = props.states?.[id];
    if (state) return STATE_FILLS[state];
    return CATEGORY_FILLS[type.split('.')[0]] ?? '#f5f5f5';
  };
  const onKey = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') props.onSelect?.(id);
  };

  return (
    <div style={{ overflowX: 'auto' }}>
      <svg
        role="img"
        aria-label={props.label}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <defs>
          <marker
            id="ai-ops-arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#78909c" />
          </marker>
        </defs>
        {graph.edges.map(edge => {
          const from = at.get(edge.from.node);
          const to = at.get(edge.to.node);
          if (!from || !to) return null;
          const x1 = from.x + NODE_WIDTH;
          const y1 = from.y + NODE_HEIGHT / 2;
          const x2 = to.x;
          const y2 = to.y + NODE_HEIGHT / 2;
          const bend = Math.max(40, (x2 - x1) / 2);
          const key = `${edge.from.node}.${edge.from.output}-${edge.to.node}.${edge.to.input}`;
          return (
            <path
              key={key}
              data-edge={key}
              d={`M ${x1} ${y1} C ${x1 + bend} ${y1}, ${
                x2 - bend
              } ${y2}, ${x2} ${y2}`}
              fill="none"
              stroke="#78909c"
              strokeWidth={1.5}
              markerEnd="url(#ai-ops-arrow)"
            >
              <title>{`${edge.from.output} → ${edge.to.input}`}</title>
            </path>
          );
        })}
        {graph.nodes.map(node => {
          const p = at.get(node.id)!;
          const state = props.states?.[node.id];
          const selectable = Boolean(props.onSelect);
          const name = `${node.label ?? node.id}${state ? `: ${state}` : ''}`;
          return (
            <g
              key={node.id}
              data-node={node.id}
              data-state={state}
              transform={`translate(${p.x} ${p.y})`}
              role={selectable ? 'button' : 'group'}
              aria-label={name}
              aria-pressed={selectable ? props.selected === node.id : undefined}
              tabIndex={selectable ? 0 : undefined}
              onClick={() => props.onSelect?.(node.id)}
              onKeyDown={onKey(node.id)}
              style={{ cursor: selectable ? 'pointer' : 'default' }}
            >
              <rect
                width={NODE_WIDTH}
                height={NODE_HEIGHT}
                rx={8}
                fill={fillOf(node.id, node.type)}
                stroke={props.selected === node.id ? '#1565c0' : '#90a4ae'}
                strokeWidth={props.selected === node.id ? 3 : 1}
              />
              <text x={10} y={22} fontSize={13} fontWeight={600} fill="#263238">
                {truncate(node.label ?? node.id, 22)}
              </text>
              <text x={10} y={42} fontSize={11} fill="#546e7a">
                {truncate(state ? `${node.type} · ${state}` : node.type, 28)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

function truncate(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
