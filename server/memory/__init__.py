"""Long-term personal memory: embeddings and the vector store."""
