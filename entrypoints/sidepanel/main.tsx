// React root only.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>Fact Annotator</p>);
