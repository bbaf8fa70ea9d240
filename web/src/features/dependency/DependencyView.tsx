export function DependencyView() {
  return <div>DependencyView</div>;
}
